import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AlertBox } from '../ui/alert';
import { ToastProvider } from '../ui/toast-provider';
import { ErrorBoundary } from './error-boundary';
import { createQueryClient } from './query-client';
import { Layout } from './layout';
import { QuerySync } from './query-sync';
import { UpdatePrompt } from './update-prompt';
import { AppRoutes } from './routes';
import { useDatabaseReady } from './use-database-ready';

function ReadyGate() {
  const ready = useDatabaseReady();
  if (ready.isPending) {
    return (
      <p role="status" className="text-sm text-slate-600">
        Opening your library…
      </p>
    );
  }
  if (ready.isError) {
    return (
      <AlertBox>
        <p className="font-semibold">FrameLens could not open its database.</p>
        <p className="mt-1">{ready.error.message}</p>
        <p className="mt-1">
          FrameLens stores everything in this browser (IndexedDB). Private windows and some browser
          settings block it.
        </p>
      </AlertBox>
    );
  }
  return <AppRoutes />;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ErrorBoundary area="FrameLens">
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <QuerySync />
          <UpdatePrompt />
          <Router hook={useHashLocation}>
            <Layout>
              <ReadyGate />
            </Layout>
          </Router>
        </ToastProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
