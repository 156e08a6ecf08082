import { describe, expect, it } from 'vitest';
import { generateDesignYaml } from '../manifest/generate';
import { container, design } from '../testing/build';
import { lintDesign } from './engine';
import { withGeneratedLines } from './lines';

describe('withGeneratedLines', () => {
  it('puts each finding on the line of the generated YAML it concerns', () => {
    const pod = design({
      containers: [
        container('app'),
        container('helper', { spec: { image: '', ports: [{ containerPort: 80 }] } }),
      ],
    });
    const text = generateDesignYaml(pod);
    const finding = withGeneratedLines(pod, lintDesign(pod), text).find(
      (f) => f.rule === 'api/image-required',
    );
    const lines = text.split('\n');
    expect(finding?.line).toBeDefined();
    expect(lines[(finding?.line ?? 0) - 1]).toMatch(/helper|image/);
  });
});
