// Great-circle distance between coarse scan locations. Scan positions are coarse (a province
// centroid or a rounded fix), so the spherical model's ~0.5 % error against the ellipsoid is
// far below what the data can tell apart.

/** IUGG mean Earth radius, km. */
export const EARTH_RADIUS_KM = 6371.0088;

export type LatLon = { readonly lat: number; readonly lon: number };

const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Haversine distance in km. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
