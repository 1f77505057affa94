import { useEffect } from 'react';
import { useClassroomHandOver } from '../ui/classroom-hand-over';
import { sortOutClassroomFiles } from '../ui/pending-files';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Files dropped anywhere on the window, outside a drop zone: classroom files go to the
 * Classroom page; other files are ignored (the browser would otherwise leave the app to show
 * them). A drop zone handles its own drops by calling preventDefault or stopPropagation.
 */
export function useWindowDrop(): void {
  const handOver = useClassroomHandOver();
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      // Allows the drop; "none" would show the drag as refused everywhere.
      event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      void sortOutClassroomFiles(files).then(({ classroom }) => handOver(classroom));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [handOver]);
}
