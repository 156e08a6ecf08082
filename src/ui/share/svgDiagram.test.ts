import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutPod, withLayout } from '../../layout/layoutPod';
import { container, design, volume } from '../../testing/build';
import { toFlow } from '../canvas/toFlow';
import { withGeometry } from '../canvas/useEdgeGeometry';
import { type DiagramTheme, escapeXml, fitText, svgDiagram } from './svgDiagram';

const role = { line: '#111111', badgeBg: '#eeeeee', badgeText: '#222222' };
const theme: DiagramTheme = {
  background: '#ffffff',
  text: '#000000',
  textMuted: '#555555',
  podBg: '#f0f0f0',
  podBorder: '#888888',
  chipBg: '#444444',
  chipText: '#ffffff',
  nodeBg: '#ffffff',
  volume: '#444444',
  mountEdge: '#333333',
  readOnlyEdge: '#0000aa',
  link: '#aa0066',
  accent: '#0055aa',
  roles: { main: role, 'native-sidecar': role, 'legacy-sidecar': role, init: role },
};

describe('the SVG picture of a diagram', () => {
  const pod = design({
    name: 'web <&>',
    containers: [
      container('app', { image: 'nginx', mounts: [{ volume: 'data', mountPath: '/data' }] }),
      container('cache'),
    ],
    volumes: [volume('data')],
    links: [{ from: 'app', to: 'cache', port: 6379 }],
  });

  it('is made of shapes and text, with no HTML inside', async () => {
    const layout = await layoutPod(new ELK(), pod);
    const flow = toFlow(withLayout(pod, layout));
    const { svg, width, height } = svgDiagram(
      flow.nodes,
      withGeometry(flow.nodes, flow.edges, layout),
      theme,
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toContain('<div');
    expect(svg).toContain('>app</text>');
    expect(svg).toContain('>cache</text>');
    expect(svg).toContain('>data</text>');
    expect(svg).toContain('>/data</text>');
    expect(svg).toContain('>localhost:6379</text>');
    expect(svg).toContain('>kubectl default</text>');
    expect(svg).toContain('web &#60;&#38;&#62;');
    expect(svg).toContain(`width="${width}" height="${height}"`);
    expect(width).toBeGreaterThan(200);
    expect(height).toBeGreaterThan(100);
  });

  it('cuts text that would overflow its box', () => {
    expect(fitText('short', 100, 10)).toBe('short');
    expect(fitText('a-very-long-container-name', 100, 10)).toBe('a-very-lo…');
    expect(escapeXml(`"it's"`)).toBe('&#34;it&#39;s&#34;');
  });
});
