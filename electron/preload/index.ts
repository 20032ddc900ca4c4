import { contextBridge, ipcRenderer } from 'electron';
import { KIOSK_API_GLOBAL } from '../../shared/ipc/channels';
import { buildKioskApi } from './buildKioskApi';

contextBridge.exposeInMainWorld(
  KIOSK_API_GLOBAL,
  buildKioskApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
