import type { CSSProperties } from 'react';
import type { Notice } from '../../store/notice';
import { useStudio } from '../../store/studioStore';

/**
 * In the page's flow, between the header and the workspace: a notice pushes the workspace down
 * rather than floating over it, so it never covers a control or an open menu (menus and dialogs
 * stack above it).
 */
const regionStyle: CSSProperties = {
  flex: '0 0 auto',
};

const bannerStyle: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0.35rem 1rem',
  padding: '0.4rem 1rem',
  borderBottom: '1px solid var(--border)',
};

const toneStyles: Record<Notice['tone'], CSSProperties> = {
  info: { background: 'var(--surface)', color: 'var(--text)' },
  warning: {
    background: 'var(--surface)',
    color: 'var(--text)',
    boxShadow: 'inset 4px 0 0 var(--accent)',
  },
  error: { background: 'var(--danger-bg)', color: 'var(--danger-text)' },
};

/**
 * What the page must tell the person now (a save that failed, a saved design that could not be
 * opened, a newer design saved in another tab), with its choices. The status region is always
 * there, so that screen readers announce a notice when it appears; every notice also stays in
 * the notification list after it is dismissed.
 */
export function NoticeBanner() {
  const notice = useStudio((state) => state.notice);
  const dismiss = useStudio((state) => state.dismissNotice);
  return (
    <div role="status" aria-label="Notice" style={regionStyle}>
      {notice && (
        <div style={{ ...bannerStyle, ...toneStyles[notice.tone] }}>
          <p style={{ margin: 0, flex: '1 1 20rem' }}>{notice.message}</p>
          {notice.actions && notice.actions.length > 0 ? (
            notice.actions.map((action) => (
              <button key={action.label} type="button" className="button" onClick={action.run}>
                {action.label}
              </button>
            ))
          ) : (
            <button type="button" className="button" onClick={() => dismiss(notice.id)}>
              Dismiss
            </button>
          )}
        </div>
      )}
    </div>
  );
}
