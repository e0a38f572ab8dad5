/** A WGS84 point (EPSG:4326), as GPS and OpenStreetMap give it. */
export interface LatLng {
  latitude: number;
  longitude: number;
}

/** The mean Earth radius of the IUGG, the one haversine distances are usually quoted with. */
export const EARTH_RADIUS_METRES = 6_371_008.8;

const radians = (degrees: number) => (degrees * Math.PI) / 180;
const degrees = (radiansValue: number) => (radiansValue * 180) / Math.PI;

/**
 * Great-circle distance in metres (haversine). Within a city the error against the WGS84
 * ellipsoid is under 0.5%, far below what a pin placed by hand means.
 */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether b is within `radius` metres of a (the edge counts as within). */
export function isWithinMetres(a: LatLng, b: LatLng, radius: number): boolean {
  return distanceMetres(a, b) <= radius;
}

/**
 * The latitude/longitude box that holds every point within `radius` metres of `centre`: a cheap
 * filter a database can use before the exact distance is computed. Near the poles (or where the box
 * would cross the antimeridian) the longitude range is the whole circle.
 */
export function boundingBox(
  centre: LatLng,
  radius: number,
): { minLatitude: number; maxLatitude: number; minLongitude: number; maxLongitude: number } {
  const dLat = degrees(radius / EARTH_RADIUS_METRES);
  const cosLat = Math.cos(radians(centre.latitude));
  const dLng = cosLat < 1e-6 ? 180 : degrees(radius / (EARTH_RADIUS_METRES * cosLat));
  const minLongitude = centre.longitude - dLng;
  const maxLongitude = centre.longitude + dLng;
  const wraps = minLongitude < -180 || maxLongitude > 180;
  return {
    minLatitude: Math.max(-90, centre.latitude - dLat),
    maxLatitude: Math.min(90, centre.latitude + dLat),
    minLongitude: wraps ? -180 : minLongitude,
    maxLongitude: wraps ? 180 : maxLongitude,
  };
}

export type Direction = "north" | "south" | "east" | "west";

/** The point `metres` from `from` in a compass direction: how an arrow key moves the pin. */
export function movePoint(from: LatLng, direction: Direction, metres: number): LatLng {
  const dLat = degrees(metres / EARTH_RADIUS_METRES);
  const cosLat = Math.max(1e-6, Math.cos(radians(from.latitude)));
  const dLng = degrees(metres / (EARTH_RADIUS_METRES * cosLat));
  const latitude = Math.max(
    -90,
    Math.min(90, from.latitude + (direction === "north" ? dLat : direction === "south" ? -dLat : 0)),
  );
  const rawLongitude = from.longitude + (direction === "east" ? dLng : direction === "west" ? -dLng : 0);
  // Keep the longitude in [-180, 180) across the antimeridian.
  const longitude =
    rawLongitude >= -180 && rawLongitude <= 180 ? rawLongitude : ((((rawLongitude + 180) % 360) + 360) % 360) - 180;
  return { latitude, longitude };
}

/** Coordinates as the form keeps them: 6 decimals, about 0.1 m, more than any pin means. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
