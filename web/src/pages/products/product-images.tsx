// Product photos: thumbnails from the server (WebP, 320 px), a larger view on tap, and upload
// straight from a phone's camera or gallery. The server checks the real file type and size.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiNoContent, apiUpload } from '../../api.js';
import { ProductImage, type Product } from '../../api-registry.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { UploadButtons } from '../../components/upload-buttons.js';

const MAX_BYTES = 8 * 1024 * 1024;

type Props = { product: Product; canEdit: boolean; onChange(): void };

export function ProductImages({ product, canEdit, onChange }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState('');
  // Removed photos disappear at once rather than when the product has been reloaded.
  const [removed, setRemoved] = useState<readonly number[]>([]);
  const images = product.images.filter((image) => !removed.includes(image.id));
  const base = `/products/${product.id}/images`;

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    setNotice('');
    try {
      await work();
      setNotice(done);
      onChange();
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };
  const upload = (file: File) => {
    if (file.size > MAX_BYTES) {
      setError(new ApiError(413, { title: t('products.imageTooBig') }));
      return;
    }
    void run(() => apiUpload(base, ProductImage, file), t('products.imageUploaded'));
  };
  const remove = (imageId: number) => {
    if (!window.confirm(t('products.confirmDeleteImage'))) return;
    const remove = async () => {
      await apiNoContent(`${base}/${imageId}`, { method: 'DELETE' });
      setRemoved((old) => [...old, imageId]);
    };
    void run(remove, t('products.imageDeleted'));
  };
  const uploadMessage = error instanceof ApiError && error.status === 413 ? t('products.imageTooBig') : undefined;
  const typeMessage = error instanceof ApiError && error.status === 415 ? t('products.imageType') : undefined;
  return (
    <section className="card" aria-labelledby="images-title">
      <h2 id="images-title">{t('products.images', { count: images.length })}</h2>
      {images.length === 0 ? <p className="muted">{t('products.noImages')}</p> : null}
      <ul className="gallery">
        {images.map((image, index) => (
          <li key={image.id} data-testid="product-image">
            <a href={image.thumbnails[1024]} target="_blank" rel="noopener">
              <img src={image.thumbnails[320]} alt={t('products.imageAlt', { name: product.name, number: index + 1 })} loading="lazy" width={160} height={Math.round((160 * image.height) / Math.max(1, image.width))} />
            </a>
            {canEdit ? (
              <button type="button" className="small-button" disabled={busy} onClick={() => remove(image.id)}>
                {t('products.deleteImage')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <UploadButtons busy={busy} accept="image/*" cameraLabel={t('products.takePhoto')} fileLabel={t('products.choosePhoto')} onFile={upload} testId="image" />
      ) : null}
      {busy ? <p role="status">{t('products.uploading')}</p> : null}
      <p role="status" className={notice ? 'alert alert-ok' : 'visually-hidden'}>
        {notice}
      </p>
      <ErrorAlert error={error} message={uploadMessage ?? typeMessage} />
    </section>
  );
}
