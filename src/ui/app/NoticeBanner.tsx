import type { CSSProperties } from 'react';
import type { Notice } from '../../store/notice';
import { useStudio } from '../../store/studioStore';

/** Out of the page's flow (it floats below the header), so the layout never shifts for it. */
const regionStyle: CSSProperties = {
  position: 'fixed',
  top: '3.75rem',
  left: '50%',
  transform: 'translateX(-50%)',
  zIndex: 1000,
  width: 'max-content',
  maxWidth: 'min(48rem, calc(100vw - 2rem))',
};

const bannerStyle: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0.5rem 1rem',
  padding: '0.6rem 1rem',
  border: '1px solid var(--border)',
  borderRadius: '8px',
  boxShadow: '0 4px 16px rgb(0 0 0 / 0.18)',
};

const toneStyles: Record<Notice['tone'], CSSProperties> = {
  info: { background: 'var(--surface)', color: 'var(--text)' },
  warning: { background: 'var(--surface)', color: 'var(--text)', borderColor: 'var(--accent)' },
  error: { background: 'var(--danger-bg)', color: 'var(--danger-text)' },
};

/**
 * What the page must tell the person now (a save that failed, a saved design that could not be
 * opened, a newer design saved in another tab), with its choices. The status region is always
 * there, so that screen readers announce a notice when it appears.
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
