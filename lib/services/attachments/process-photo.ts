import "server-only";
import sharp, { type OutputInfo } from "sharp";
import { AppError } from "@/lib/errors";

export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const MAX_EDGE = 2400;
// A decompression bomb (a tiny file that decodes to gigapixels) is refused before decoding.
const MAX_INPUT_PIXELS = 40_000_000;

export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export interface ProcessedPhoto {
  contentType: PhotoType;
  width: number;
  height: number;
  bytes: Buffer;
}

/** The type a file really is, from its first bytes; the browser's MIME type is only a claim. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  const starts = (signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return null;
}

function photoError(key: "photoType" | "photoSize" | "tooManyPhotos"): AppError {
  return new AppError("validation", key, { photos: [key] });
}

/**
 * Re-encodes a photo in its own format: `.rotate()` applies the EXIF orientation, and the
 * re-encoding writes no metadata, so EXIF and GPS data never reach the database.
 */
export async function processPhoto(input: Uint8Array): Promise<ProcessedPhoto> {
  if (input.byteLength === 0 || input.byteLength > MAX_PHOTO_BYTES) throw photoError("photoSize");
  const contentType = sniffPhotoType(input);
  if (!contentType) throw photoError("photoType");
  let pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
    .rotate()
    .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true });
  pipeline =
    contentType === "image/jpeg"
      ? pipeline.jpeg({ quality: 85, mozjpeg: true })
      : contentType === "image/png"
        ? pipeline.png({ compressionLevel: 9 })
        : pipeline.webp({ quality: 85 });
  let result: { data: Buffer; info: OutputInfo };
  try {
    result = await pipeline.toBuffer({ resolveWithObject: true });
  } catch {
    // Right magic bytes, but not a decodable image (truncated, corrupt or too large).
    throw photoError("photoType");
  }
  if (result.data.byteLength > MAX_PHOTO_BYTES) throw photoError("photoSize");
  return { contentType, width: result.info.width, height: result.info.height, bytes: result.data };
}

/** The photos of one filing: empty file inputs are skipped; at most MAX_PHOTOS. */
export async function processPhotos(files: readonly Blob[]): Promise<ProcessedPhoto[]> {
  const chosen = files.filter((file) => file.size > 0);
  if (chosen.length > MAX_PHOTOS) throw photoError("tooManyPhotos");
  if (chosen.some((file) => file.size > MAX_PHOTO_BYTES)) throw photoError("photoSize");
  const photos: ProcessedPhoto[] = [];
  for (const file of chosen) photos.push(await processPhoto(new Uint8Array(await file.arrayBuffer())));
  return photos;
}
