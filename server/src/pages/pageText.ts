import type { Language } from '../../../shared/language';
import type { CongestionLevel } from '../status/congestion';
import type { PublicTicketStatus } from '../status/publicStatus';

interface PageWords {
  waitingStatus: string;
  waiting: string;
  people: (n: number) => string;
  estimate: string;
  asOf: (time: string) => string;
  congestion: Record<CongestionLevel, string>;
  ticket: string;
  peopleAhead: string;
  status: Record<PublicTicketStatus['status'], string>;
  goToCounter: (counterNumber: number | null) => string;
  officeLink: string;
  refreshes: string;
  notFound: string;
  ticketNotFound: string;
  officeNotFound: string;
  /** The language's name in itself, for the links between the page's languages. */
  languageName: string;
}

export const pageText: Record<Language, PageWords> = {
  ko: {
    waitingStatus: '대기 현황',
    waiting: '대기',
    people: (n) => `${n}명`,
    estimate: '예상 대기',
    asOf: (time) => `${time} 기준`,
    congestion: { 한산: '한산', 보통: '보통', 혼잡: '혼잡', '매우 혼잡': '매우 혼잡' },
    ticket: '번호표',
    peopleAhead: '내 앞 대기',
    status: {
      waiting: '기다리는 중입니다',
      called: '호출되었습니다',
      done: '업무가 끝났습니다',
      no_show: '호출에 응답이 없어 부재 처리되었습니다. 창구에 문의해 주세요.',
      cancelled: '취소된 번호표입니다',
    },
    goToCounter: (n) => (n === null ? '안내된 창구로 와 주세요' : `${n}번 창구로 와 주세요`),
    officeLink: '민원실 전체 대기 현황',
    refreshes: '이 화면은 15초마다 저절로 새로 고쳐집니다.',
    notFound: '찾을 수 없습니다',
    ticketNotFound: '이 번호표를 찾을 수 없습니다. 주소를 다시 확인해 주세요.',
    officeNotFound: '이 민원실의 대기 현황이 아직 없습니다.',
    languageName: '한국어',
  },
  en: {
    waitingStatus: 'Waiting status',
    waiting: 'Waiting',
    people: (n) => (n === 1 ? '1 person' : `${n} people`),
    estimate: 'Estimated wait',
    asOf: (time) => `As of ${time}`,
    congestion: { 한산: 'Quiet', 보통: 'Moderate', 혼잡: 'Busy', '매우 혼잡': 'Very busy' },
    ticket: 'Ticket',
    peopleAhead: 'People ahead of you',
    status: {
      waiting: 'Waiting',
      called: 'Called',
      done: 'Finished',
      no_show: 'Marked absent after no answer to the call. Please ask at a counter.',
      cancelled: 'This ticket was cancelled',
    },
    goToCounter: (n) => (n === null ? 'Please come to the counter shown' : `Please come to counter ${n}`),
    officeLink: 'Waiting status of the whole office',
    refreshes: 'This page refreshes by itself every 15 seconds.',
    notFound: 'Not found',
    ticketNotFound: 'This ticket cannot be found. Please check the address.',
    officeNotFound: 'There is no waiting status for this office yet.',
    languageName: 'English',
  },
  zh: {
    waitingStatus: '等候情况',
    waiting: '等候',
    people: (n) => `${n}人`,
    estimate: '预计等候',
    asOf: (time) => `更新时间：${time}`,
    congestion: { 한산: '空闲', 보통: '一般', 혼잡: '拥挤', '매우 혼잡': '非常拥挤' },
    ticket: '号码牌',
    peopleAhead: '您前面等候',
    status: {
      waiting: '正在等候',
      called: '已叫号',
      done: '业务已办理完毕',
      no_show: '叫号时无人应答，已按缺席处理。请到窗口咨询。',
      cancelled: '此号码牌已取消',
    },
    goToCounter: (n) => (n === null ? '请到所示窗口' : `请到${n}号窗口`),
    officeLink: '办事大厅整体等候情况',
    refreshes: '本页面每15秒自动刷新。',
    notFound: '找不到页面',
    ticketNotFound: '找不到此号码牌。请再次确认网址。',
    officeNotFound: '目前还没有此办事大厅的等候情况。',
    languageName: '中文',
  },
  vi: {
    waitingStatus: 'Tình hình chờ',
    waiting: 'Đang chờ',
    people: (n) => `${n} người`,
    estimate: 'Thời gian chờ dự kiến',
    asOf: (time) => `Cập nhật lúc ${time}`,
    congestion: { 한산: 'Vắng', 보통: 'Bình thường', 혼잡: 'Đông', '매우 혼잡': 'Rất đông' },
    ticket: 'Số thứ tự',
    peopleAhead: 'Số người chờ trước bạn',
    status: {
      waiting: 'Đang chờ',
      called: 'Đã được gọi',
      done: 'Đã giải quyết xong',
      no_show: 'Đã gọi số nhưng không có ai đến nên số này được tính là vắng mặt. Vui lòng hỏi tại quầy.',
      cancelled: 'Số thứ tự này đã bị hủy',
    },
    goToCounter: (n) => (n === null ? 'Xin mời đến quầy được chỉ dẫn' : `Xin mời đến quầy số ${n}`),
    officeLink: 'Tình hình chờ của cả phòng tiếp dân',
    refreshes: 'Trang này tự làm mới sau mỗi 15 giây.',
    notFound: 'Không tìm thấy',
    ticketNotFound: 'Không tìm thấy số thứ tự này. Vui lòng kiểm tra lại địa chỉ.',
    officeNotFound: 'Chưa có tình hình chờ của phòng tiếp dân này.',
    languageName: 'Tiếng Việt',
  },
};
