import { errorText } from '../../ui/error-text';

export function errorMessage(error: unknown): string {
  return errorText(error);
}
