import type { ReactNode } from 'react';

/** A failure in one line of red text: data that could not be read, a step that failed. */
export function ErrorLine({ small = false, children }: { small?: boolean; children: ReactNode }) {
  return (
    <p role="alert" className={small ? 'text-sm text-red-800' : 'text-red-800'}>
      {children}
    </p>
  );
}

/** What is wrong with what a person typed, under the field; `id` is for `aria-describedby`. */
export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} role="alert" className="text-sm text-red-700">
      {children}
    </p>
  );
}

const boxTones = {
  error: 'border-red-300 bg-red-50 text-red-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
};

/**
 * A boxed message that needs attention (a failure with its details, a warning about what was
 * not done). `className` adds spacing and layout; the tone sets the colours.
 */
export function AlertBox({
  tone = 'error',
  className = 'p-4',
  children,
}: {
  tone?: keyof typeof boxTones;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="alert" className={`rounded-md border text-sm ${boxTones[tone]} ${className}`}>
      {children}
    </div>
  );
}
