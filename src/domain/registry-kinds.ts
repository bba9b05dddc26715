// Closed vocabularies of the product register, with the labels spreadsheets and the portal show.

export type Label = { readonly vi: string; readonly en: string };

export const CERTIFICATE_KINDS = ['vietgap', 'organic', 'food_safety', 'iso22000_haccp', 'other'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export const CERTIFICATE_KIND_LABELS: Record<CertificateKind, Label> = {
  vietgap: { vi: 'VietGAP', en: 'VietGAP' },
  organic: { vi: 'Hữu cơ', en: 'Organic' },
  food_safety: { vi: 'Cơ sở đủ điều kiện an toàn thực phẩm', en: 'Food safety' },
  iso22000_haccp: { vi: 'ISO 22000 / HACCP', en: 'ISO 22000 / HACCP' },
  other: { vi: 'Khác', en: 'Other' },
};

export const SALES_POINT_KINDS = ['shop', 'supermarket', 'fair', 'online'] as const;
export type SalesPointKind = (typeof SALES_POINT_KINDS)[number];
export const SALES_POINT_KIND_LABELS: Record<SalesPointKind, Label> = {
  shop: { vi: 'Cửa hàng', en: 'Shop' },
  supermarket: { vi: 'Siêu thị', en: 'Supermarket' },
  fair: { vi: 'Hội chợ', en: 'Fair' },
  online: { vi: 'Trực tuyến', en: 'Online' },
};

export const PRODUCER_TYPE_LABELS: Record<'enterprise' | 'cooperative' | 'cooperative_group' | 'household', Label> = {
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  cooperative: { vi: 'Hợp tác xã', en: 'Cooperative' },
  cooperative_group: { vi: 'Tổ hợp tác', en: 'Cooperative group' },
  household: { vi: 'Hộ sản xuất, kinh doanh', en: 'Household business' },
};
