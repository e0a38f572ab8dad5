"use client";

import "leaflet/dist/leaflet.css";
import type { LeafletMouseEvent, Map as LeafletMap, Marker } from "leaflet";
import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { Field } from "@/components/ui/field";
import { type Direction, type LatLng, movePoint, roundCoordinate } from "@/lib/domain/geo/distance";
import { Hint } from "./fields";

export interface LocationLabels {
  coordinates: string;
  coordinatesHint: string;
  latitude: string;
  longitude: string;
  mapLabel: string;
  mapHelp: string;
  pinAt: string;
  pinRemoved: string;
  useMyLocation: string;
  locating: string;
  locationFailed: string;
  removePin: string;
  mapLoading: string;
}

export interface MapSettings {
  /** A tile URL template, or null: the map without tiles (the pin still works). */
  tileUrl: string | null;
  attribution: string;
  centre: LatLng;
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: "north",
  ArrowDown: "south",
  ArrowLeft: "west",
  ArrowRight: "east",
};
const STEP_METRES = 20;
const noSubscription = () => () => {};
const BIG_STEP_METRES = 200;

function parsePoint(latitude: string, longitude: string): LatLng | null {
  if (latitude.trim() === "" || longitude.trim() === "") return null;
  const lat = Number(latitude);
  const lng = Number(longitude);
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
    ? { latitude: lat, longitude: lng }
    : null;
}

/**
 * Latitude and longitude as two text boxes (the way without a map, and without JavaScript), with a
 * Leaflet map above them once the page runs: click, drag or the arrow keys place the pin, and the
 * boxes follow. Leaflet is imported only in the browser. Coordinates are WGS84 (docs/maps.md).
 */
export function LocationPicker({
  labels,
  map: settings,
  initial,
  errors,
}: {
  labels: LocationLabels;
  map: MapSettings;
  initial: { latitude: string; longitude: string };
  errors: { latitude?: readonly string[]; longitude?: readonly string[] };
}) {
  const [latitude, setLatitude] = useState(initial.latitude);
  const [longitude, setLongitude] = useState(initial.longitude);
  // The map needs JavaScript: it appears only in the browser, after hydration.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [ready, setReady] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [locating, setLocating] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<LeafletMap | null>(null);
  const markerRef = useRef<Marker | null>(null);
  const leafletRef = useRef<typeof import("leaflet") | null>(null);
  const id = useId();

  const announce = useCallback(
    (point: LatLng | null) =>
      setAnnouncement(
        point
          ? labels.pinAt
              .replace("{latitude}", point.latitude.toFixed(6))
              .replace("{longitude}", point.longitude.toFixed(6))
          : labels.pinRemoved,
      ),
    [labels.pinAt, labels.pinRemoved],
  );

  /** The pin was dragged to a point: the boxes follow, and the new place is announced. */
  const pinMoved = useCallback(
    (raw: LatLng) => {
      const point = { latitude: roundCoordinate(raw.latitude), longitude: roundCoordinate(raw.longitude) };
      setLatitude(String(point.latitude));
      setLongitude(String(point.longitude));
      announce(point);
    },
    [announce],
  );

  /** Puts the pin (creating it) at a point, fills the boxes and, when asked, says where it is. */
  const placePin = useCallback(
    (raw: LatLng, options: { announce: boolean; pan: boolean }) => {
      const point = { latitude: roundCoordinate(raw.latitude), longitude: roundCoordinate(raw.longitude) };
      setLatitude(String(point.latitude));
      setLongitude(String(point.longitude));
      const L = leafletRef.current;
      const map = mapRef.current;
      if (L && map) {
        const at = L.latLng(point.latitude, point.longitude);
        if (markerRef.current) markerRef.current.setLatLng(at);
        else markerRef.current = makeMarker(L, map, at, pinMoved);
        if (options.pan && !map.getBounds().pad(-0.1).contains(at)) map.panTo(at);
      }
      if (options.announce) announce(point);
    },
    [announce, pinMoved],
  );

  useEffect(() => {
    if (!mounted || !container.current) return;
    let cancelled = false;
    const element = container.current;
    void import("leaflet").then((L) => {
      if (cancelled || mapRef.current) return;
      leafletRef.current = L;
      const start = parsePoint(latitude, longitude);
      // Leaflet's own arrow-key panning is off: here the arrow keys move the pin.
      const map = L.map(element, { keyboard: false, attributionControl: true }).setView(
        start ? [start.latitude, start.longitude] : [settings.centre.latitude, settings.centre.longitude],
        start ? 16 : 13,
      );
      if (settings.tileUrl)
        L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 19 }).addTo(map);
      map.on("click", (event: LeafletMouseEvent) =>
        placePin({ latitude: event.latlng.lat, longitude: event.latlng.lng }, { announce: true, pan: false }),
      );
      mapRef.current = map;
      if (start) placePin(start, { announce: false, pan: false });
      setReady(true);
    });
    return () => {
      cancelled = true;
      mapRef.current?.remove();
      mapRef.current = null;
      markerRef.current = null;
    };
    // The map is made once; later coordinates reach it through placePin.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mounted]);

  function onMapKey(event: KeyboardEvent<HTMLDivElement>) {
    const direction = ARROWS[event.key];
    const map = mapRef.current;
    if (!direction || !map) return;
    event.preventDefault();
    const centre = map.getCenter();
    const from = parsePoint(latitude, longitude) ?? { latitude: centre.lat, longitude: centre.lng };
    // The first arrow press puts the pin at the centre of the map; the next ones move it.
    const to = parsePoint(latitude, longitude)
      ? movePoint(from, direction, event.shiftKey ? BIG_STEP_METRES : STEP_METRES)
      : from;
    placePin(to, { announce: true, pan: true });
  }

  function typed(nextLatitude: string, nextLongitude: string) {
    setLatitude(nextLatitude);
    setLongitude(nextLongitude);
    const point = parsePoint(nextLatitude, nextLongitude);
    const L = leafletRef.current;
    const map = mapRef.current;
    if (!point || !L || !map) return;
    const at = L.latLng(point.latitude, point.longitude);
    if (markerRef.current) markerRef.current.setLatLng(at);
    else markerRef.current = makeMarker(L, map, at, pinMoved);
    map.panTo(at);
  }

  function removePin() {
    markerRef.current?.remove();
    markerRef.current = null;
    setLatitude("");
    setLongitude("");
    announce(null);
  }

  function useMyLocation() {
    if (!("geolocation" in navigator)) {
      setAnnouncement(labels.locationFailed);
      return;
    }
    setLocating(true);
    setAnnouncement(labels.locating);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        mapRef.current?.setView([position.coords.latitude, position.coords.longitude], 17);
        placePin(
          { latitude: position.coords.latitude, longitude: position.coords.longitude },
          { announce: true, pan: false },
        );
      },
      () => {
        setLocating(false);
        setAnnouncement(labels.locationFailed);
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  const hasPin = parsePoint(latitude, longitude) !== null;
  return (
    <fieldset className="space-y-3">
      <legend className="font-medium text-slate-800">{labels.coordinates}</legend>
      <Hint id="field-coordinates" text={labels.coordinatesHint} />
      {mounted ? (
        <div className="space-y-2">
          <p id={`${id}-help`} className="text-sm text-slate-600">
            {labels.mapHelp}
          </p>
          <div
            ref={container}
            id="location-map"
            role="application"
            aria-label={labels.mapLabel}
            aria-describedby={`${id}-help`}
            tabIndex={0}
            onKeyDown={onMapKey}
            className="h-72 w-full rounded-md border border-slate-500 bg-slate-100 focus:outline-none focus-visible:ring-4 focus-visible:ring-brand-700"
          >
            {ready ? null : <p className="p-3 text-sm text-slate-700">{labels.mapLoading}</p>}
          </div>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              onClick={useMyLocation}
              disabled={locating}
              className="rounded-md border border-brand-700 bg-white px-4 py-2 font-medium text-brand-900 hover:bg-brand-50"
            >
              {locating ? labels.locating : labels.useMyLocation}
            </button>
            {hasPin ? (
              <button
                type="button"
                onClick={removePin}
                className="rounded-md border border-slate-500 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
              >
                {labels.removePin}
              </button>
            ) : null}
          </div>
          <p role="status" aria-live="polite" className="min-h-6 text-sm text-slate-700" data-testid="pin-status">
            {announcement}
          </p>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="latitude"
          label={labels.latitude}
          inputMode="decimal"
          value={latitude}
          onChange={(event) => typed(event.target.value, longitude)}
          errors={errors.latitude}
        />
        <Field
          name="longitude"
          label={labels.longitude}
          inputMode="decimal"
          value={longitude}
          onChange={(event) => typed(latitude, event.target.value)}
          errors={errors.longitude}
        />
      </div>
    </fieldset>
  );
}

/** A draggable pin drawn in CSS (no image files to serve); dragging reports where it was let go. */
function makeMarker(
  L: typeof import("leaflet"),
  map: LeafletMap,
  at: ReturnType<typeof L.latLng>,
  moved: (point: LatLng) => void,
): Marker {
  const icon = L.divIcon({
    className: "answerable-pin",
    html: '<span class="answerable-pin-head"></span>',
    iconSize: [28, 28],
    iconAnchor: [14, 28],
  });
  // keyboard: false — the map itself takes the arrow keys; a second tab stop would add nothing.
  const marker = L.marker(at, { draggable: true, keyboard: false, icon, autoPan: true }).addTo(map);
  marker.on("dragend", () => {
    const p = marker.getLatLng();
    moved({ latitude: p.lat, longitude: p.lng });
  });
  return marker;
}
