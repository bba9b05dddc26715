import { PRODUCT_STATUSES, PRODUCT_STATUS_LABELS } from '../../domain/product-status.js';
import { CERTIFICATE_KINDS, CERTIFICATE_KIND_LABELS, type Label, PRODUCER_TYPE_LABELS, SALES_POINT_KINDS, SALES_POINT_KIND_LABELS } from '../../domain/registry-kinds.js';
import { PRODUCER_TYPES } from '../producers/producer-input.js';

// The spreadsheet layout of the register, one column per input field. Row 1 holds the Vietnamese
// headers, row 2 (hidden) the machine keys below, data starts on row 3. Import finds columns by
// key (row 2) or, when a sheet has no key row, by the Vietnamese or English header in row 1.
// `path` is where the value goes in the API input, so a validation issue at `employees.women`
// points back to its column.

export type ColumnKind = 'text' | 'code' | 'int' | 'number' | 'bool' | 'enum';

export type Column = {
  readonly key: string;
  readonly path: readonly string[];
  readonly label: Label;
  readonly kind: ColumnKind;
  readonly required?: true;
  readonly width?: number;
  /** enum columns: stored code → label; import accepts the code or either label. */
  readonly options?: Readonly<Record<string, Label>>;
  /** The template's drop-down list for this column, when it is not named like the column. */
  readonly list?: string;
};

export type SheetSpec = { readonly name: Label; readonly columns: readonly Column[] };

const col = (key: string, vi: string, en: string, kind: ColumnKind, extra: Partial<Column> = {}): Column => ({
  key, path: key.split('.'), label: { vi, en }, kind, width: kind === 'text' ? 28 : 16, ...extra,
});

const typeOptions = Object.fromEntries(PRODUCER_TYPES.map((t) => [t, PRODUCER_TYPE_LABELS[t]]));
const statusOptions = Object.fromEntries(PRODUCT_STATUSES.map((s) => [s, PRODUCT_STATUS_LABELS[s]]));

export const PRODUCER_SHEET: SheetSpec = {
  name: { vi: 'Chủ thể', en: 'Producers' },
  columns: [
    col('taxCode', 'Mã số thuế', 'Tax code', 'code'),
    col('registrationNo', 'Số đăng ký (hộ, tổ hợp tác)', 'Registration number', 'code'),
    col('name', 'Tên chủ thể', 'Name', 'text', { required: true, width: 40 }),
    col('type', 'Loại hình', 'Type', 'enum', { required: true, options: typeOptions, width: 24 }),
    col('unitId', 'Mã đơn vị hành chính', 'Unit id', 'code', { required: true }),
    col('address', 'Địa chỉ', 'Address', 'text'),
    col('phone', 'Điện thoại', 'Phone', 'code'),
    col('email', 'Thư điện tử', 'Email', 'code', { width: 24 }),
    col('website', 'Trang web', 'Website', 'code', { width: 24 }),
    col('representative.name', 'Người đại diện', 'Representative', 'text'),
    col('representative.position', 'Chức vụ người đại diện', 'Representative position', 'text'),
    col('representative.woman', 'Đại diện là nữ', 'Representative is a woman', 'bool'),
    col('representative.ethnicMinority', 'Đại diện là người dân tộc thiểu số', 'Representative is of an ethnic minority', 'bool'),
    col('representative.disability', 'Đại diện là người khuyết tật', 'Representative has a disability', 'bool'),
    col('employees.total', 'Tổng số lao động', 'Employees', 'int'),
    col('employees.women', 'Lao động nữ', 'Women employees', 'int'),
    col('employees.ethnicMinority', 'Lao động dân tộc thiểu số', 'Ethnic-minority employees', 'int'),
  ],
};

export const PRODUCT_SHEET: SheetSpec = {
  name: { vi: 'Sản phẩm', en: 'Products' },
  columns: [
    col('producerKey', 'Mã số thuế / số đăng ký của chủ thể', "Producer's tax code or registration number", 'code', { required: true, width: 22 }),
    col('name', 'Tên sản phẩm', 'Product name', 'text', { required: true, width: 40 }),
    col('nameEn', 'Tên tiếng Anh', 'English name', 'text'),
    col('setNumber', 'Bộ sản phẩm (số 1–26)', 'Product set number', 'int', { required: true }),
    col('gtin', 'Mã GTIN (mã vạch)', 'GTIN', 'code'),
    col('status', 'Trạng thái', 'Status', 'enum', { options: statusOptions, width: 22 }),
    col('star', 'Hạng sao', 'Stars', 'int'),
    col('description', 'Mô tả', 'Description', 'text'),
    col('story', 'Câu chuyện sản phẩm', 'Product story', 'text'),
    col('rawMaterialAreaHa', 'Diện tích vùng nguyên liệu (ha)', 'Raw-material area (ha)', 'number'),
    col('capacity.amount', 'Công suất mỗi năm', 'Capacity per year', 'number'),
    col('capacity.unit', 'Đơn vị công suất', 'Capacity unit', 'text', { width: 16 }),
    col('priceVnd', 'Giá bán (đồng)', 'Price (VND)', 'int'),
  ],
};

// A product's quality certificates and sales points: one row per entry, naming the product by its
// producer and its name as in the "Sản phẩm" sheet (how an office reads and edits them).
const productRef = [
  col('producerKey', 'Mã số thuế / số đăng ký của chủ thể', "Producer's tax code or registration number", 'code', { required: true, width: 22 }),
  col('productName', 'Tên sản phẩm', 'Product name', 'text', { required: true, width: 40 }),
];
const certificateKindOptions = Object.fromEntries(CERTIFICATE_KINDS.map((k) => [k, CERTIFICATE_KIND_LABELS[k]]));
const salesPointKindOptions = Object.fromEntries(SALES_POINT_KINDS.map((k) => [k, SALES_POINT_KIND_LABELS[k]]));

export const CERTIFICATE_SHEET: SheetSpec = {
  name: { vi: 'Chứng nhận chất lượng', en: 'Quality certificates' },
  columns: [
    ...productRef,
    col('kind', 'Loại chứng nhận', 'Certificate kind', 'enum', { required: true, options: certificateKindOptions, list: 'certificateKind', width: 24 }),
    col('number', 'Số chứng nhận', 'Certificate number', 'code'),
    col('issuer', 'Nơi cấp', 'Issued by', 'text'),
    col('validFrom', 'Hiệu lực từ ngày (năm-tháng-ngày)', 'Valid from (YYYY-MM-DD)', 'code'),
    col('validTo', 'Hiệu lực đến ngày (năm-tháng-ngày)', 'Valid to (YYYY-MM-DD)', 'code'),
  ],
};

export const SALES_POINT_SHEET: SheetSpec = {
  name: { vi: 'Điểm bán', en: 'Sales points' },
  columns: [
    ...productRef,
    col('name', 'Tên điểm bán', 'Sales point', 'text', { required: true }),
    col('address', 'Địa chỉ', 'Address', 'text', { width: 40 }),
    col('kind', 'Loại điểm bán', 'Kind', 'enum', { required: true, options: salesPointKindOptions, list: 'salesPointKind', width: 20 }),
  ],
};

export const YES: Label = { vi: 'Có', en: 'Yes' };
export const NO: Label = { vi: 'Không', en: 'No' };
