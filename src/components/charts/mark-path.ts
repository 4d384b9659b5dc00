// Mark shapes as SVG path data, shared by charts and their legends (which load before the charts).
export type MarkShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross';

export function shapePath(shape: MarkShape, x: number, y: number, r = 6): string {
  switch (shape) {
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${x},${y - r * 1.2}L${x + r * 1.15},${y + r * 0.9}L${x - r * 1.15},${y + r * 0.9}Z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}Z`;
    case 'triangle-down':
      return `M${x},${y + r * 1.2}L${x + r * 1.15},${y - r * 0.9}L${x - r * 1.15},${y - r * 0.9}Z`;
    case 'cross': {
      const t = r * 0.4;
      return `M${x - t},${y - r}h${2 * t}v${r - t}h${r - t}v${2 * t}h${t - r}v${r - t}h${-2 * t}v${t - r}h${t - r}v${-2 * t}h${r - t}Z`;
    }
    default:
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}
