import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartLegend } from './chart-legend.tsx';

describe('a chart legend', () => {
  it('speaks only the interface language: the list named by the caller, the swatches silent', () => {
    const html = renderToStaticMarkup(
      <ChartLegend
        name="Легенда"
        payload={[
          { value: 'removed', color: '#1f77b4', type: 'rect' },
          { value: 'identified', color: '#ff7f0e', type: 'rect' },
          { value: 'skipped', color: '#000', type: 'none' },
        ]}
        label={(value) => ({ removed: 'Устранено', identified: 'Выявлено' })[value] ?? value}
      />,
    );
    expect(html).toContain('aria-label="Легенда"');
    expect(html).toContain('Устранено');
    expect(html).toContain('Выявлено');
    expect(html).not.toContain('skipped');
    expect(html).not.toMatch(/legend icon/i);
    expect(html.match(/aria-hidden="true"/g)).toHaveLength(2);
  });
});
