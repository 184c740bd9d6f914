import { useI18n } from '@/lib/i18n/i18n.tsx';
import { useMyBoardIds } from '../api/my-board-ids-query.ts';
import { useBoardOrder } from './use-board-order.ts';

/** Puts an open chart (one's own or a colleague's) on the analyst's board, or takes it off. */
export const PinToBoard = ({ chartId }: { chartId: string }) => {
  const { t } = useI18n();
  const board = useMyBoardIds();
  const order = useBoardOrder(board.refetch);
  if (!board.ids) return null;
  const pinned = board.ids.includes(chartId);
  return (
    <span className="pin-to-board">
      <button
        type="button"
        className="button button--small"
        aria-pressed={pinned}
        disabled={order.running}
        onClick={() =>
          void order.save(pinned ? board.ids!.filter((id) => id !== chartId) : [...board.ids!, chartId])
        }
      >
        {pinned ? t('charts.board.remove') : t('charts.board.add')}
      </button>
      {order.refused ? <span className="field__error">{order.refused}</span> : null}
    </span>
  );
};
