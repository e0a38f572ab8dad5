import "server-only";
import { listOpen311Districts, listOpen311Services } from "@/db/queries/open311";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { translator } from "@/lib/i18n/translator";
import type { ServiceContext } from "../context";
import { OPEN311_ATTRIBUTES } from "./attributes";

// GET services and services/{code}: our active categories as GeoReport v2 services, with the
// attributes every one of them takes (docs/open311.md#services).

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: "realtime";
  keywords: string;
  group: string;
}

export interface Open311Attribute {
  variable: boolean;
  code: string;
  datatype: string;
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
}

export interface Open311ServiceDefinition {
  service_code: string;
  attributes: Open311Attribute[];
}

export async function listServices(locale: Locale, ctx: ServiceContext): Promise<Open311Service[]> {
  const rows = await listOpen311Services(ctx.db);
  return rows.map((row) => ({
    service_code: row.code,
    service_name: localized(locale, row.nameZh, row.nameEn),
    description: localized(locale, row.nameZh, row.nameEn),
    // Every service has attributes (the district at least): clients must read the definition.
    metadata: true,
    // Requests are filed while the client waits: the answer carries the service_request_id.
    type: "realtime",
    keywords: (locale === "en" ? row.keywordsEn : row.keywordsZh).join(","),
    group: localized(locale, row.groupZh, row.groupEn),
  }));
}

export async function serviceDefinition(
  code: string,
  locale: Locale,
  ctx: ServiceContext,
): Promise<Open311ServiceDefinition> {
  const [service] = await listOpen311Services(ctx.db, code);
  if (!service) throw new AppError("not_found", "unknown service_code", { service_code: ["unknownService"] });
  const t = translator(locale);
  const districts = await listOpen311Districts(ctx.db);
  const attributes = OPEN311_ATTRIBUTES.map((attribute, index): Open311Attribute => {
    const values =
      attribute.code === "district"
        ? districts.map((d) => ({ key: d.code, name: localized(locale, d.nameZh, d.nameEn) }))
        : "values" in attribute
          ? attribute.values.map((value) => ({
              key: value,
              name:
                attribute.code === "case_type"
                  ? t(`caseType.${value}` as "caseType.complaint")
                  : t(`open311.values.${value}` as "open311.values.yes"),
            }))
          : undefined;
    return {
      variable: true,
      code: attribute.code,
      datatype: attribute.datatype,
      required: attribute.required,
      datatype_description: t(`open311.attributes.${attribute.code}.datatype`),
      order: index + 1,
      description: t(`open311.attributes.${attribute.code}.description`),
      ...(values ? { values } : {}),
    };
  });
  return { service_code: service.code, attributes };
}
