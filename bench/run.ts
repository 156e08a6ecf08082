import { benchBundle } from './bundle';
import { benchCliPackage } from './cliPackage';
import { benchLayout } from './layout';
import { benchLint } from './lint';
import { benchLive } from './live';
import { benchManifest } from './manifest';
import { benchPage } from './page';
import { benchShareLink } from './shareLink';

// Benchmarks print measurements against the budgets of DESIGN.md §8; they never fail a build.
benchManifest();
benchLint();
benchShareLink();
await benchLayout();
benchBundle();
benchCliPackage();
await benchPage();
await benchLive();
