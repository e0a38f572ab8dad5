// Official public holidays and 调休 make-up working days of the PRC (State Council notices
// for 2025 and 2026), every date listed so admins and the seed see exactly what is stored.
import { DEFAULT_TIME_ZONE, type CalendarDefinition, type IsoDate } from "./working-calendar";

export interface HolidayYear {
  holidays: IsoDate[];
  makeUpWorkdays: IsoDate[];
}

export const CHINA_PUBLIC_HOLIDAYS: Record<number, HolidayYear> = {
  2025: {
    holidays: [
      "2025-01-01", // New Year
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31", // Spring Festival
      "2025-02-01",
      "2025-02-02",
      "2025-02-03",
      "2025-02-04",
      "2025-04-04",
      "2025-04-05",
      "2025-04-06", // Qingming
      "2025-05-01",
      "2025-05-02",
      "2025-05-03",
      "2025-05-04",
      "2025-05-05", // Labour Day
      "2025-05-31",
      "2025-06-01",
      "2025-06-02", // Dragon Boat
      "2025-10-01",
      "2025-10-02",
      "2025-10-03",
      "2025-10-04", // National Day + Mid-Autumn
      "2025-10-05",
      "2025-10-06",
      "2025-10-07",
      "2025-10-08",
    ],
    makeUpWorkdays: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
  },
  2026: {
    holidays: [
      "2026-01-01",
      "2026-01-02",
      "2026-01-03", // New Year
      "2026-02-15",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19", // Spring Festival
      "2026-02-20",
      "2026-02-21",
      "2026-02-22",
      "2026-02-23",
      "2026-04-04",
      "2026-04-05",
      "2026-04-06", // Qingming
      "2026-05-01",
      "2026-05-02",
      "2026-05-03",
      "2026-05-04",
      "2026-05-05", // Labour Day
      "2026-06-19",
      "2026-06-20",
      "2026-06-21", // Dragon Boat
      "2026-09-25",
      "2026-09-26",
      "2026-09-27", // Mid-Autumn
      "2026-10-01",
      "2026-10-02",
      "2026-10-03",
      "2026-10-04", // National Day
      "2026-10-05",
      "2026-10-06",
      "2026-10-07",
    ],
    makeUpWorkdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
  },
};

/** A calendar definition holding every shipped year, for the seed and for tests. */
export function chinaCalendarDefinition(timeZone: string = DEFAULT_TIME_ZONE): CalendarDefinition {
  const years = Object.values(CHINA_PUBLIC_HOLIDAYS);
  return {
    timeZone,
    holidays: years.flatMap((year) => year.holidays),
    makeUpWorkdays: years.flatMap((year) => year.makeUpWorkdays),
  };
}
