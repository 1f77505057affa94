import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { AnnotationWorkspace } from '../features/annotate/annotation-workspace';
import { DisagreementMapPrefetch } from '../features/annotate/disagreement/disagreement-map-prefetch';
import { LibraryPage } from '../features/library/library-page';
import { ReaderPage } from '../features/reader/reader-page';
import { ErrorBoundary } from './error-boundary';

// Rarely used pages load on demand, keeping the first download small.
const AddArticlePage = lazy(() =>
  import('../features/library/add-article-page').then((module) => ({
    default: module.AddArticlePage,
  })),
);
const EditArticlePage = lazy(() =>
  import('../features/library/edit-article-page').then((module) => ({
    default: module.EditArticlePage,
  })),
);
const DiscoveryPage = lazy(() =>
  import('../features/discovery/discovery-page').then((module) => ({
    default: module.DiscoveryPage,
  })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((module) => ({ default: module.SettingsPage })),
);
const ExchangePage = lazy(() =>
  import('../features/exchange/exchange-page').then((module) => ({ default: module.ExchangePage })),
);
const ClassroomPage = lazy(() =>
  import('../features/classroom/classroom-page').then((module) => ({
    default: module.ClassroomPage,
  })),
);
const AnnotatorWorkView = lazy(() =>
  import('../features/annotate/annotator-work-view').then((module) => ({
    default: module.AnnotatorWorkView,
  })),
);
const KeyComparisonView = lazy(() =>
  import('../features/annotate/key-comparison-view').then((module) => ({
    default: module.KeyComparisonView,
  })),
);
const AgreementPage = lazy(() =>
  import('../features/agreement/agreement-page').then((module) => ({
    default: module.AgreementPage,
  })),
);
const CurationView = lazy(() =>
  import('../features/agreement/curation/curation-view').then((module) => ({
    default: module.CurationView,
  })),
);
const SummaryPage = lazy(() =>
  import('../features/summary/summary-page').then((module) => ({ default: module.SummaryPage })),
);

export function AppRoutes() {
  return (
    <ErrorBoundary area="this page">
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Switch>
          <Route path="/" component={LibraryPage} />
          <Route path="/add" component={AddArticlePage} />
          <Route path="/articles/:id/edit">
            {(params) => <EditArticlePage articleId={params.id} />}
          </Route>
          <Route path="/articles/:id/annotations/:annotationId">
            {(params) => (
              <ReaderPage
                articleId={params.id}
                renderBody={(article) => (
                  <ErrorBoundary area="the annotation tools">
                    <AnnotationWorkspace
                      key={`${article.id}/${params.annotationId}`}
                      article={article}
                      focusAnnotationId={params.annotationId}
                    />
                  </ErrorBoundary>
                )}
              />
            )}
          </Route>
          <Route path="/articles/:id/work/:annotatorId">
            {(params) => (
              <ReaderPage
                articleId={params.id}
                readOnly
                renderBody={(article) => (
                  <ErrorBoundary area="the read-only view">
                    <AnnotatorWorkView
                      key={`${article.id}/${params.annotatorId}`}
                      article={article}
                      annotatorId={params.annotatorId}
                    />
                  </ErrorBoundary>
                )}
              />
            )}
          </Route>
          <Route path="/articles/:id/versus/:annotatorId/:keyId">
            {(params) => (
              <ReaderPage
                articleId={params.id}
                readOnly
                renderBody={(article) => (
                  <ErrorBoundary area="you vs the key">
                    <KeyComparisonView
                      key={`${article.id}/${params.annotatorId}/${params.keyId}`}
                      article={article}
                      studentId={params.annotatorId}
                      keyId={params.keyId}
                    />
                  </ErrorBoundary>
                )}
              />
            )}
          </Route>
          <Route path="/articles/:id/disagreement">
            {(params) => (
              <>
                <DisagreementMapPrefetch articleId={params.id} />
                <ReaderPage
                  articleId={params.id}
                  renderBody={(article) => (
                    <ErrorBoundary area="the annotation tools">
                      <AnnotationWorkspace
                        key={`${article.id}/disagreement`}
                        article={article}
                        openDisagreementMap
                      />
                    </ErrorBoundary>
                  )}
                />
              </>
            )}
          </Route>
          <Route path="/articles/:id">
            {(params) => (
              <ReaderPage
                articleId={params.id}
                renderBody={(article) => (
                  <ErrorBoundary area="the annotation tools">
                    <AnnotationWorkspace key={article.id} article={article} />
                  </ErrorBoundary>
                )}
              />
            )}
          </Route>
          <Route path="/summary" component={SummaryPage} />
          <Route path="/agreement">
            <AgreementPage />
          </Route>
          <Route path="/agreement/assignment/:id">
            {(params) => <AgreementPage assignmentId={params.id} />}
          </Route>
          <Route path="/agreement/curate/:id">
            {(params) => <CurationView curationId={params.id} />}
          </Route>
          <Route path="/classroom">
            <ClassroomPage />
          </Route>
          <Route path="/classroom/:id">
            {(params) => <ClassroomPage assignmentId={params.id} />}
          </Route>
          <Route path="/exchange">
            <ExchangePage />
          </Route>
          <Route path="/exchange/article/:id">
            {(params) => <ExchangePage articleId={params.id} />}
          </Route>
          <Route path="/exchange/annotator/:id">
            {(params) => <ExchangePage annotatorId={params.id} />}
          </Route>
          <Route path="/discover" component={DiscoveryPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route>
            <div className="rounded-md border border-slate-200 bg-white p-6">
              <h1 className="text-xl font-semibold">Page not found</h1>
              <p className="mt-2 text-sm">
                There is nothing at this address.{' '}
                <a className="text-blue-700 underline" href="#/">
                  Go to the library
                </a>
                .
              </p>
            </div>
          </Route>
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}
