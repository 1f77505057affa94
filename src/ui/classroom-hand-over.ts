import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { handOverClassroomFiles } from './pending-files';
import { classroomPath } from './paths';
import { useToast } from './toast-context';

function describe(files: readonly File[]): string {
  return files.length === 1
    ? `“${files[0]?.name ?? ''}” is a classroom file`
    : `${files.length} classroom files`;
}

/**
 * Hands classroom files found outside the Classroom page (the Import page, a drop on the window)
 * over to it, goes there and says so.
 */
export function useClassroomHandOver(): (files: readonly File[]) => void {
  const [, navigate] = useLocation();
  const toast = useToast();
  return useCallback(
    (files) => {
      if (files.length === 0) return;
      handOverClassroomFiles(files);
      navigate(classroomPath());
      toast.show({
        message: `${describe(files)}: opening ${files.length === 1 ? 'it' : 'them'} on the Classroom page.`,
        tone: 'info',
      });
    },
    [navigate, toast],
  );
}
