export const residentModes = ['voice', 'lowPosition', 'largeText', 'highContrast'] as const;
export type ResidentMode = (typeof residentModes)[number];
export type ResidentModes = Readonly<Record<ResidentMode, boolean>>;

export const noModes: ResidentModes = { voice: false, lowPosition: false, largeText: false, highContrast: false };
