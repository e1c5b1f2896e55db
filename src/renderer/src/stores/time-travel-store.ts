import { create } from 'zustand';

interface TimeTravelState {
  /** The past instant Holdings and Positions show (ISO); null for now. */
  at: string | null;
  setAt(at: string | null): void;
}

export const useTimeTravelStore = create<TimeTravelState>((set) => ({
  at: null,
  setAt: (at) => set({ at }),
}));
