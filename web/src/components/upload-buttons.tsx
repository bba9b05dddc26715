import type { ChangeEvent } from 'react';

type Props = {
  busy: boolean;
  /** What the files may be (the input's accept attribute). */
  accept: string;
  cameraLabel: string;
  fileLabel: string;
  onFile(file: File): void;
  testId?: string;
};

/**
 * Two buttons for one file: the phone's camera straight away, or a file already on the device.
 * The inputs hide inside labels drawn as buttons, so both are large touch targets.
 */
export function UploadButtons({ busy, accept, cameraLabel, fileLabel, onFile, testId = 'upload' }: Props) {
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clearing lets the same file be chosen again after a failed upload.
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <div className="form-actions">
      <label className={busy ? 'button-link primary disabled' : 'button-link primary'}>
        <input type="file" accept="image/*" capture="environment" className="visually-hidden" disabled={busy} onChange={pick} data-testid={`${testId}-camera`} />
        {cameraLabel}
      </label>
      <label className={busy ? 'button-link disabled' : 'button-link'}>
        <input type="file" accept={accept} className="visually-hidden" disabled={busy} onChange={pick} data-testid={`${testId}-file`} />
        {fileLabel}
      </label>
    </div>
  );
}
