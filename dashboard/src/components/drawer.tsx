import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '@/lib/i18n/i18n.tsx';

interface DrawerProps {
  readonly open: boolean;
  readonly title: string;
  readonly subtitle?: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A side panel over the page. The native modal dialog keeps focus inside, closes on Escape and
 * gives focus back to the control that opened it.
 */
export const Drawer = ({ open, title, subtitle, onClose, children }: DrawerProps) => {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="drawer"
      aria-labelledby="drawer-title"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="drawer__panel">
        <header className="drawer__header">
          <div>
            <h2 id="drawer-title">{title}</h2>
            {subtitle ? <p className="drawer__subtitle">{subtitle}</p> : null}
          </div>
          <button type="button" className="button button--small" onClick={onClose}>
            {t('common.close')}
          </button>
        </header>
        <div className="drawer__body">{open ? children : null}</div>
      </div>
    </dialog>
  );
};
