// Patterns of the data schema as plain strings: the runtime reads them without loading TypeBox.

/** Pattern of every id: lower-case ASCII words joined by hyphens (safe for file names). */
export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
/** Calendar date as YYYY-MM-DD; whether the day exists is checked after the schema. */
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
/** Clock time as H:MM or HH:MM, 24-hour. */
export const TIME_PATTERN = '^([01]?[0-9]|2[0-3]):[0-5][0-9]$';
