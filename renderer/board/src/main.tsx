import '../../lanShared/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createLanI18n } from '../../lanShared/i18n/createLanI18n';
import { createAnnouncementPlayer } from './audio/announcementPlayer';
import { clipUrls } from './audio/clipUrls';
import { BoardApp } from './BoardApp';
import { startBoard } from './boardRuntime';
import { BoardStoreProvider, createBoardStore } from './boardStore';
import { boardMessages } from './i18n/boardMessages';
import '../../src/styles/fonts.css';
import '../../lanShared/lanBase.css';
import './board.css';

const root = document.getElementById('root');
if (!root) throw new Error('board/index.html has no #root');

const i18n = createLanI18n('board', boardMessages);
const t = i18n.getFixedT(null, 'board');
document.title = `${t('board.title')} · ${t('board.title', { lng: 'en' })}`;

const store = createBoardStore();
const player = createAnnouncementPlayer(clipUrls);
startBoard(store, player, t);

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <BoardStoreProvider store={store}>
        <BoardApp onEnableSound={() => void player.unlock()} />
      </BoardStoreProvider>
    </I18nextProvider>
  </StrictMode>,
);
