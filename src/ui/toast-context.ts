import { createContext, useContext } from 'react';

export interface ToastAction {
  label: string;
  onAction: () => void;
}

export interface ToastInput {
  message: string;
  tone?: 'info' | 'success' | 'error';
  action?: ToastAction;
  /** Milliseconds before it disappears; errors stay until dismissed when 0. */
  durationMs?: number;
}

export interface ToastApi {
  show: (toast: ToastInput) => void;
}

export const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>.');
  return api;
}
