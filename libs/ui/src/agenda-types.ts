// The shapes the agenda components draw. They match @podium/domain's AgendaDay, as delivered by the API.
export interface AgendaCardEntry {
  code: string;
  title: string;
  roomId: string | null;
  track: { name: string; color: string } | null;
  sessionType: string;
  speakers: { code: string; name: string }[];
  localStart: string;
  localEnd: string;
  startMinute: number;
  endMinute: number;
}

/** A break (lunch, coffee) of the day: across all the day's rooms (`roomIds` null) or in the rooms named. */
export interface AgendaBreakEntry {
  id: string;
  title: string;
  localStart: string;
  localEnd: string;
  startMinute: number;
  endMinute: number;
  roomIds: string[] | null;
}

export interface AgendaViewDay {
  date: string;
  label: string;
  rooms: { id: string; name: string }[];
  entries: AgendaCardEntry[];
  /** Drawn as muted rows across their rooms (grid) and as items between the sessions (list); none when absent. */
  breaks?: AgendaBreakEntry[];
  firstMinute: number;
  lastMinute: number;
}
