import { Component, type ReactNode } from 'react';
import { clearSession } from '../persistence/sessionStorage';

/**
 * The last line of defence: if rendering ever fails, say so in words and offer a way back,
 * instead of a blank page that a reload (restoring the same session) would bring back.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="crash" role="alert">
        <h1>Downhill stopped working</h1>
        <p>Something in the notebook failed: {this.state.error.message}</p>
        <p>Your saved session may be what triggers it. Starting afresh forgets the loaded data and settings.</p>
        <button
          type="button"
          className="primary"
          onClick={() => {
            void clearSession().then(() => window.location.reload());
          }}
        >
          Start afresh
        </button>
      </main>
    );
  }
}
