import { useTranslation } from 'react-i18next';
import { useUser } from '../../session.js';
import { ProducerDetailPage } from './producer-detail-page.js';

/** "Chủ thể của tôi": a producer member's own record, at an address that needs no id. */
export function MyProducerPage() {
  const { t } = useTranslation();
  const user = useUser();
  if (user.producerId === null || user.producerId === undefined) {
    return (
      <section className="card notice-page">
        <h1>{t('nav.myProducer')}</h1>
        <p>{t('producers.noOwnProducer')}</p>
      </section>
    );
  }
  return <ProducerDetailPage id={String(user.producerId)} />;
}
