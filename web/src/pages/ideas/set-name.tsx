import { useTranslation } from 'react-i18next';
import { localText } from '../../labels.js';
import { useCatalogue } from '../../reference-data.js';

/** "12. Sản phẩm trà từ thực vật khác": a product set by its number, named from the catalogue. */
export function SetName({ number }: { number: number }) {
  const { i18n } = useTranslation();
  const catalogue = useCatalogue();
  const set = catalogue.data?.sectors.flatMap((s) => s.groups.flatMap((g) => g.sets)).find((item) => item.number === number);
  return (
    <>
      {number}
      {set ? `. ${localText(i18n.language, set.name)}` : ''}
    </>
  );
}
