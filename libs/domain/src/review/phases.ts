// Review phases: which one runs at a given time. Phases are ordered; the running one is the last (by position) whose
// window contains `now` (open ends are unbounded). Outside every phase nobody reviews and nobody decides.

export interface PhaseLike {
  id: string;
  position: number;
  startsAt: Date | null;
  endsAt: Date | null;
}

export function activePhase<P extends PhaseLike>(phases: readonly P[], now: Date): P | null {
  const running = phases.filter((p) => (!p.startsAt || p.startsAt <= now) && (!p.endsAt || now < p.endsAt));
  running.sort((a, b) => a.position - b.position);
  return running.at(-1) ?? null;
}
