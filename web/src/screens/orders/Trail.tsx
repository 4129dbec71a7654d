export interface Position {
  latitude: number;
  longitude: number;
}

const SIZE = 300;
const MARGIN = 16;
/** The smallest span shown, in degrees (about 200 m): one point, or a few close ones, are not blown up to the whole box. */
const MIN_SPAN = 0.002;

/**
 * The partner's positions as a line, in plain SVG: no map tiles, so it works
 * offline. North is up; the box fits the trail, so the scale changes as it grows.
 */
export function Trail({ points }: { points: readonly Position[] }) {
  if (points.length === 0) return <p className="muted">No position yet: it appears once the partner is on the way.</p>;
  const lats = points.map((point) => point.latitude);
  const lons = points.map((point) => point.longitude);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const span = Math.max(maxLat - minLat, maxLon - minLon, MIN_SPAN);
  const scale = (SIZE - 2 * MARGIN) / span;
  const centre = { lat: (minLat + maxLat) / 2, lon: (minLon + maxLon) / 2 };
  const xy = (point: Position) =>
    [SIZE / 2 + (point.longitude - centre.lon) * scale, SIZE / 2 - (point.latitude - centre.lat) * scale] as const;
  const path = points
    .map((point) =>
      xy(point)
        .map((value) => value.toFixed(1))
        .join(','),
    )
    .join(' ');
  const [x, y] = xy(points.at(-1)!);
  return (
    <svg
      className="trail"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-label={`The partner's route: ${points.length} positions`}
      data-points={points.length}
    >
      <rect width={SIZE} height={SIZE} className="trail-ground" />
      <polyline points={path} className="trail-line" />
      <circle cx={x} cy={y} r={7} className="trail-now" />
    </svg>
  );
}
