import { Component, type ReactNode } from 'react';

interface EditorBoundaryProps {
  onError: () => void;
  children: ReactNode;
}

interface EditorBoundaryState {
  failed: boolean;
}

/** Shows nothing instead of the editor when the editor cannot load; the plain text stays. */
export class EditorBoundary extends Component<EditorBoundaryProps, EditorBoundaryState> {
  override state: EditorBoundaryState = { failed: false };

  static getDerivedStateFromError(): EditorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('The manifest editor could not be loaded; showing plain text instead.', error);
    this.props.onError();
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
