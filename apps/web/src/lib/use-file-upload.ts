import { useCallback, useEffect, useRef, useState } from 'react';
import { toUserError, type UserError } from './errors';
import { uploadFile, type UploadProgress } from './upload';

export type FileUploadState<T> =
  | { status: 'idle' }
  | { status: 'uploading'; file: File; progress: UploadProgress | null }
  | { status: 'cancelled'; file: File }
  | { status: 'failed'; file: File; error: UserError; cause: unknown }
  | { status: 'done'; file: File; result: T };

/**
 * One file upload at a time with progress and cancel (uploadFile underneath). `start` resolves
 * with the API's answer, or null when the upload failed or was cancelled (the state says which).
 * Leaving the page cancels an upload in flight.
 */
export function useFileUpload<T>() {
  const [state, setState] = useState<FileUploadState<T>>({ status: 'idle' });
  const current = useRef<AbortController | null>(null);

  useEffect(() => () => current.current?.abort(), []);

  const start = useCallback(async (url: string, file: File): Promise<T | null> => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const isCurrent = () => current.current === controller;
    setState({ status: 'uploading', file, progress: null });
    try {
      const result = await uploadFile<T>(url, file, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (isCurrent()) setState({ status: 'uploading', file, progress });
        },
      });
      if (!isCurrent()) return null;
      current.current = null;
      setState({ status: 'done', file, result });
      return result;
    } catch (cause) {
      if (!isCurrent()) return null;
      current.current = null;
      if (controller.signal.aborted) {
        setState({ status: 'cancelled', file });
      } else {
        setState({ status: 'failed', file, error: toUserError(cause), cause });
      }
      return null;
    }
  }, []);

  const cancel = useCallback(() => {
    current.current?.abort();
  }, []);

  const reset = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setState({ status: 'idle' });
  }, []);

  return { state, start, cancel, reset, uploading: state.status === 'uploading' };
}
