import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button } from './button';
import { ToastContext, type ToastInput } from './toast-context';

interface ActiveToast extends ToastInput {
  id: number;
}

const toneClass = {
  info: 'bg-slate-800 text-white',
  success: 'bg-emerald-800 text-white',
  error: 'bg-red-800 text-white',
};

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ActiveToast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback(
    (toast: ToastInput) => {
      const id = nextId.current++;
      setToasts((current) => [...current, { ...toast, id }]);
      const duration = toast.durationMs ?? (toast.tone === 'error' ? 0 : 6000);
      if (duration > 0) window.setTimeout(() => dismiss(id), duration);
    },
    [dismiss],
  );

  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div
        className="pointer-events-none fixed bottom-4 left-1/2 z-50 flex w-full max-w-md -translate-x-1/2 flex-col gap-2 px-4"
        aria-live="polite"
      >
        {toasts.map((toast) => (
          <div
            key={toast.id}
            role={toast.tone === 'error' ? 'alert' : 'status'}
            className={`pointer-events-auto flex items-center gap-3 rounded-md px-4 py-3 text-sm shadow-lg ${toneClass[toast.tone ?? 'info']}`}
          >
            <span className="flex-1">{toast.message}</span>
            {toast.action && (
              <Button
                variant="secondary"
                onClick={() => {
                  toast.action?.onAction();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </Button>
            )}
            <button
              type="button"
              className="rounded px-1 text-white/80 hover:text-white"
              aria-label="Dismiss"
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
