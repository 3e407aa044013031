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

export interface AgendaViewDay {
  date: string;
  label: string;
  rooms: { id: string; name: string }[];
  entries: AgendaCardEntry[];
  firstMinute: number;
  lastMinute: number;
}
