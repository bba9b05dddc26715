// The 54 commune-level units of Quảng Ninh from 1 July 2025, as the generator sees them: how many
// OCOP producers each gets (weight), its villages or residential areas, its streets (wards),
// which ethnic minorities live there, and which product templates (ids in templates-*.ts) fit it.
// Village and street names are plausible local names used for demo addresses only.

export type EthnicGroup = 'Dao' | 'Tày' | 'Sán Chay' | 'Sán Dìu';

export interface Place {
  unitId: string;
  /** Short place name used in product names, e.g. "Ba Chẽ". */
  place: string;
  weight: number;
  urban: boolean;
  /** Share of representatives who belong to an ethnic minority. */
  minority: number;
  groups: readonly EthnicGroup[];
  villages: readonly string[];
  streets: readonly string[];
  templates: readonly string[];
}

const HIGHLAND: readonly EthnicGroup[] = ['Dao', 'Tày', 'Sán Chay', 'Sán Dìu'];
const DAO_SANDIU: readonly EthnicGroup[] = ['Dao', 'Sán Dìu'];
const HOANH_BO = ['que', 'tinh-dau-que', 'mat-ong', 'ba-kich-kho', 'mang', 'tra-hoa-vang', 'ga-doi'];
const HA_LONG_CITY = ['cha-muc', 'muc-kho', 'tom-kho', 'nuoc-mam', 'sa-sung'];
const DONG_TRIEU = ['gom', 'na', 'vai-som', 'gao-nep', 'ruou-nep', 'nam', 'rau', 'keo-lac'];
const QUANG_YEN = ['hau', 'nuoc-mam', 'rau', 'ruou-nep', 'cha-ca', 'lan', 'tom-kho'];
const MONG_CAI = ['lon-mong-cai', 'lap-suon', 'sa-sung', 'nuoc-mam', 'tom-kho', 'cha-ca', 'keo-lac'];
const HAI_HA = ['che-xanh', 'banh-gat-gu', 'ga-doi', 'mat-ong', 'lon-mong-cai', 'tra-hoa-vang', 'tre-may'];
const BINH_LIEU = ['mien-dong', 'hoi', 'tinh-dau-hoi', 'ruou-nep', 'tho-cam', 'du-lich', 'mat-ong', 'mang'];
const BA_CHE = ['tra-hoa-vang', 'ba-kich-ruou', 'ba-kich-kho', 'ba-kich-cao', 'mat-ong', 'mang', 'dau-goi', 'la-tam', 'tho-cam', 'tra-hoa-vang-uong', 'ga-doi'];
const TIEN_YEN = ['ga-tien-yen', 'ga-u-muoi', 'tra-hoa-vang', 'ba-kich-ruou', 'mat-ong', 'mang', 'dau-goi', 'tre-may', 'tom-kho'];
const UONG_BI = ['mai-vang', 'che-xanh', 'ruou-mo', 'vai-som', 'nam', 'tra-thao-moc'];

function place(
  unitId: string, name: string, weight: number, urban: boolean, minority: number, groups: readonly EthnicGroup[],
  villages: readonly string[], streets: readonly string[], templates: readonly string[],
): Place {
  return { unitId, place: name, weight, urban, minority, groups, villages, streets, templates };
}

export const PLACES: readonly Place[] = [
  // Former Hạ Long city (incl. Hoành Bồ)
  place('new-07054', 'Quảng La', 4, false, 0.4, DAO_SANDIU, ['Tân Dân', 'Dân Chủ', 'Bằng Cả', 'Khe Cát', 'Đồng Bé'], [], HOANH_BO),
  place('new-07060', 'Thống Nhất', 4, false, 0.35, DAO_SANDIU, ['Đồng Lâm', 'Vũ Oai', 'Hòa Bình', 'Khe Càn', 'Đồng Chùa'], [], HOANH_BO),
  place('new-07030', 'Hoành Bồ', 6, true, 0.25, DAO_SANDIU, ['Sơn Dương', 'Lê Lợi', 'Đồng Lâm', 'Trới'], ['Đường 279', 'Đường Trới', 'Đường Hoàng Quốc Việt'], [...HOANH_BO, 'nam']),
  place('new-06706', 'Tuần Châu', 4, true, 0.03, [], ['Tuần Châu', 'Đại Yên', 'Hà Khẩu'], ['Đường Tuần Châu', 'Đường Hạ Long', 'Đường Đại Yên'], ['ngoc-trai', 'cha-muc', 'du-lich', 'lan']),
  place('new-06661', 'Việt Hưng', 3, true, 0.03, [], ['Giếng Đáy', 'Việt Hưng', 'Hà Khẩu'], ['Đường Giếng Đáy', 'Đường Việt Hưng', 'Đường Cái Dăm'], [...HA_LONG_CITY, 'lan', 'rau']),
  place('new-06673', 'Bãi Cháy', 5, true, 0.02, [], ['Hùng Thắng', 'Bãi Cháy', 'Cái Dăm'], ['Đường Hạ Long', 'Đường Hoàng Quốc Việt', 'Đường Hậu Cần'], [...HA_LONG_CITY, 'ngoc-trai']),
  place('new-06652', 'Hà Tu', 2, true, 0.02, [], ['Hà Phong', 'Hà Tu', 'Trới'], ['Đường Vũ Văn Hiếu', 'Đường Trần Phú', 'Đường Hà Phong'], HA_LONG_CITY),
  place('new-06676', 'Hà Lầm', 2, true, 0.02, [], ['Hà Trung', 'Hà Lầm', 'Cao Thắng'], ['Đường Cao Thắng', 'Đường Nguyễn Văn Cừ', 'Đường Hà Lầm'], HA_LONG_CITY),
  place('new-06658', 'Cao Xanh', 2, true, 0.02, [], ['Hà Khánh', 'Cao Xanh'], ['Đường Cao Xanh', 'Đường Hà Khánh', 'Đường Nguyễn Văn Cừ'], HA_LONG_CITY),
  place('new-06685', 'Hồng Gai', 4, true, 0.02, [], ['Bạch Đằng', 'Trần Hưng Đạo', 'Hồng Gai'], ['Đường Lê Thánh Tông', 'Đường Bến Đoan', 'Đường Trần Hưng Đạo'], HA_LONG_CITY),
  place('new-06688', 'Hạ Long', 6, true, 0.02, [], ['Hồng Hải', 'Hồng Hà'], ['Đường Nguyễn Văn Cừ', 'Đường Trần Quốc Nghiễn', 'Đường 25/4'], [...HA_LONG_CITY, 'ngoc-trai']),
  // Former Cẩm Phả city
  place('new-06799', 'Hải Hòa', 3, false, 0.3, DAO_SANDIU, ['Khe Dù', 'Tân Lập', 'Hải Hòa', 'Đồng Rui'], [], ['mat-ong', 'tom-kho', 'cha-ca', 'mang']),
  place('new-06760', 'Mông Dương', 1, true, 0.2, DAO_SANDIU, ['Dương Huy', 'Mông Dương', 'Khe Sim'], ['Đường 18A', 'Đường Mông Dương'], ['mat-ong', 'nam', 'rau']),
  place('new-06778', 'Quang Hanh', 2, true, 0.02, [], ['Cẩm Thạch', 'Cẩm Thủy', 'Quang Hanh'], ['Đường Trần Phú', 'Đường 18A', 'Đường Quang Hanh'], ['nuoc-khoang', 'cha-muc', 'tom-kho']),
  place('new-06793', 'Cẩm Phả', 2, true, 0.02, [], ['Cẩm Trung', 'Cẩm Bình', 'Cẩm Tây', 'Cẩm Thành'], ['Đường Trần Phú', 'Đường Bái Tử Long', 'Đường Tô Hiệu'], ['cha-muc', 'muc-kho', 'tom-kho', 'cha-ca']),
  place('new-06781', 'Cửa Ông', 1, true, 0.02, [], ['Cẩm Sơn', 'Cẩm Phú', 'Cửa Ông'], ['Đường Lý Anh Tông', 'Đường Trần Phú'], ['tom-kho', 'cha-ca', 'nuoc-mam']),
  // Former Tiên Yên district
  place('new-06862', 'Tiên Yên', 10, false, 0.5, HIGHLAND, ['Hải Lạng', 'Phong Dụ', 'Đại Dực', 'Yên Than', 'Tiên Lãng', 'Khe Lục', 'Bắc Lù'], [], TIEN_YEN),
  place('new-06874', 'Điền Xá', 3, false, 0.55, HIGHLAND, ['Hà Lâu', 'Điền Xá', 'Khe Mó', 'Pắc Cáy'], [], TIEN_YEN),
  place('new-06877', 'Đông Ngũ', 4, false, 0.5, HIGHLAND, ['Đông Hải', 'Đông Ngũ', 'Khe Tiền', 'Nà Sa'], [], [...TIEN_YEN, 'du-lich']),
  place('new-06886', 'Hải Lạng', 4, false, 0.4, HIGHLAND, ['Đồng Rui', 'Hải Lạng', 'Khe Cạn', 'Thác Bưởi'], [], ['ga-tien-yen', 'ga-u-muoi', 'tom-kho', 'mat-ong', 'du-lich', 'tre-may']),
  // Former Ba Chẽ district
  place('new-06970', 'Ba Chẽ', 12, false, 0.7, HIGHLAND, ['Khe Tâm', 'Làng Mới', 'Nam Sơn', 'Thanh Sơn', 'Đồn Đạc', 'Làng Cổng', 'Bắc Cáy', 'Khe Lọng', 'Pháp Bảo'], [], [...BA_CHE, 'du-lich']),
  place('new-06985', 'Lương Minh', 4, false, 0.75, HIGHLAND, ['Lương Minh', 'Đồng Sơn', 'Khe Giữa', 'Tân Ốc'], [], BA_CHE),
  place('new-06979', 'Kỳ Thượng', 4, false, 0.8, HIGHLAND, ['Kỳ Thượng', 'Thanh Lâm', 'Đạp Thanh', 'Khe Lương', 'Khe Phít'], [], [...BA_CHE, 'que']),
  // Former Đầm Hà district
  place('new-06895', 'Đầm Hà', 8, false, 0.35, HIGHLAND, ['Tân Bình', 'Tân Lập', 'Đại Bình', 'Đầm Buôn', 'Tân Hợp'], [], ['ga-doi', 'lon-mong-cai', 'mat-ong', 'tom-kho', 'banh-gat-gu', 'ruou-nep', 'tra-hoa-vang', 'tho-cam']),
  place('new-06913', 'Quảng Tân', 4, false, 0.5, HIGHLAND, ['Quảng Lâm', 'Quảng An', 'Dực Yên', 'Quảng Tân', 'Mằn Chắn'], [], ['ga-doi', 'mat-ong', 'tra-hoa-vang', 'tho-cam', 'mang', 'dau-goi', 'du-lich']),
  // Former Hải Hà district
  place('new-06922', 'Hải Hà', 8, false, 0.3, HIGHLAND, ['Quảng Minh', 'Quảng Chính', 'Quảng Phong', 'Quảng Long'], [], [...HAI_HA, 'tom-kho', 'nuoc-mam']),
  place('new-06946', 'Đường Hoa', 6, false, 0.5, HIGHLAND, ['Quảng Sơn', 'Đường Hoa', 'Tân Đức', 'Pò Hèn'], [], HAI_HA),
  place('new-06931', 'Quảng Đức', 5, false, 0.6, HIGHLAND, ['Quảng Thành', 'Quảng Thịnh', 'Quảng Đức', 'Pạc Sủi'], [], [...HAI_HA, 'dau-goi']),
  place('new-06967', 'Cái Chiên', 3, false, 0.1, ['Dao'], ['Đầu Rồng', 'Vĩnh Thực Chiên', 'Bãi Hàu'], [], ['sa-sung', 'muc-kho', 'tom-kho', 'du-lich', 'oc-huong']),
  // Former Bình Liêu district
  place('new-06838', 'Bình Liêu', 10, false, 0.85, HIGHLAND, ['Pắc Pộc', 'Nà Ếch', 'Vô Ngại', 'Húc Động', 'Khe Và', 'Bình Công'], [], BINH_LIEU),
  place('new-06841', 'Hoành Mô', 4, false, 0.9, HIGHLAND, ['Hoành Mô', 'Đồng Văn', 'Nà Phạ', 'Cao Sơn', 'Bản Chuồng'], [], BINH_LIEU),
  place('new-06856', 'Lục Hồn', 4, false, 0.9, HIGHLAND, ['Lục Hồn', 'Đồng Tâm', 'Nà Áng', 'Khe Mạ', 'Bắc Cương'], [], BINH_LIEU),
  // Former Móng Cái city
  place('new-06724', 'Hải Sơn', 3, false, 0.6, ['Dao'], ['Hải Sơn', 'Bắc Sơn', 'Pò Hèn', 'Thán Phún'], [], ['lon-mong-cai', 'mat-ong', 'che-xanh', 'du-lich', 'mang']),
  place('new-06733', 'Hải Ninh', 3, false, 0.15, ['Dao'], ['Hải Tiến', 'Quảng Nghĩa', 'Đồng Long'], [], MONG_CAI),
  place('new-06757', 'Vĩnh Thực', 3, false, 0.05, [], ['Vĩnh Trung', 'Vĩnh Thực', 'Đông Thắng'], [], ['sa-sung', 'tom-kho', 'nuoc-mam', 'oc-huong', 'lon-mong-cai']),
  place('new-06712', 'Móng Cái', 6, true, 0.03, [], ['Trà Cổ', 'Bình Ngọc', 'Hải Xuân', 'Trần Phú'], ['Đường Hùng Vương', 'Đường Trần Phú', 'Đường Hữu Nghị'], [...MONG_CAI, 'du-lich']),
  place('new-06709', 'Móng Cái', 6, true, 0.03, [], ['Ka Long', 'Ninh Dương', 'Vạn Ninh'], ['Đường Vân Đồn', 'Đường Tuệ Tĩnh', 'Đường Hữu Nghị'], MONG_CAI),
  place('new-06736', 'Móng Cái', 5, true, 0.1, ['Dao'], ['Hải Yên', 'Hải Đông', 'Bắc Luân'], ['Đường Đại lộ Hòa Bình', 'Đường 18A'], MONG_CAI),
  // Vân Đồn and Cô Tô special zones
  place('new-06994', 'Vân Đồn', 12, false, 0.08, ['Dao', 'Sán Dìu'], ['Cái Rồng', 'Đông Xá', 'Bản Sen', 'Quan Lạn', 'Minh Châu', 'Ngọc Vừng', 'Đoàn Kết', 'Vạn Yên'], [], ['sa-sung', 'ruou-sa-sung', 'nuoc-mam-cai-rong', 'ngoc-trai', 'muc-kho', 'tu-hai', 'oc-huong', 'hau', 'du-lich', 'cha-muc', 'tom-kho']),
  place('new-07192', 'Cô Tô', 7, false, 0.02, [], ['Cô Tô', 'Đồng Tiến', 'Thanh Lân', 'Hồng Hải'], [], ['muc-kho', 'tom-kho', 'nuoc-mam', 'sa-sung', 'du-lich', 'cha-ca', 'oc-huong']),
  // Former Uông Bí city
  place('new-06832', 'Yên Tử', 6, true, 0.2, DAO_SANDIU, ['Thượng Yên Công', 'Phương Nam', 'Phương Đông', 'Năm Mẫu'], ['Đường Yên Tử', 'Đường 18A', 'Đường Phương Nam'], [...UONG_BI, 'du-lich']),
  place('new-06811', 'Uông Bí', 4, true, 0.03, [], ['Quang Trung', 'Thanh Sơn', 'Yên Thanh'], ['Đường Quang Trung', 'Đường Trần Nhân Tông', 'Đường Hoàng Hoa Thám'], UONG_BI),
  place('new-06820', 'Vàng Danh', 2, true, 0.05, [], ['Vàng Danh', 'Bắc Sơn', 'Nam Khê'], ['Đường Vàng Danh', 'Đường Nguyễn Văn Cừ'], UONG_BI),
  // Former Đông Triều city
  place('new-07093', 'Đông Triều', 6, true, 0.05, [], ['Hưng Đạo', 'Thủy An', 'Hồng Phong', 'Nguyễn Huệ', 'Đức Chính'], ['Đường Nguyễn Đức Cảnh', 'Đường Trần Nhân Tông', 'Đường 18A'], DONG_TRIEU),
  place('new-07090', 'An Sinh', 6, true, 0.15, ['Sán Dìu'], ['An Sinh', 'Việt Dân', 'Bình Dương'], ['Đường An Sinh', 'Đường Việt Dân'], DONG_TRIEU),
  place('new-07081', 'Bình Khê', 5, true, 0.2, DAO_SANDIU, ['Tràng Lương', 'Bình Khê', 'Tràng An'], ['Đường Bình Khê', 'Đường Tràng An'], DONG_TRIEU),
  place('new-07069', 'Mạo Khê', 4, true, 0.03, [], ['Xuân Sơn', 'Yên Thọ', 'Kim Sơn', 'Mạo Khê'], ['Đường 18A', 'Đường Hoàng Hoa Thám', 'Đường Kim Sơn'], DONG_TRIEU),
  place('new-07114', 'Hoàng Quế', 5, true, 0.03, [], ['Hồng Thái Tây', 'Hồng Thái Đông', 'Yên Đức'], ['Đường Hoàng Quế', 'Đường Yên Đức'], DONG_TRIEU),
  // Former Quảng Yên town
  place('new-07132', 'Quảng Yên', 5, true, 0.02, [], ['Yên Giang', 'Tiền An', 'Quảng Yên'], ['Đường Ngô Quyền', 'Đường Trần Khánh Dư', 'Đường Bạch Đằng'], QUANG_YEN),
  place('new-07168', 'Hà An', 5, true, 0.02, [], ['Hoàng Tân', 'Tân An', 'Hà An'], ['Đường Hoàng Tân', 'Đường Tân An'], QUANG_YEN),
  place('new-07183', 'Phong Cốc', 4, true, 0.02, [], ['Cẩm La', 'Yên Hải', 'Nam Hòa', 'Phong Cốc'], ['Đường Phong Cốc', 'Đường Yên Hải'], QUANG_YEN),
  place('new-07180', 'Liên Hòa', 5, true, 0.02, [], ['Liên Vị', 'Tiền Phong', 'Phong Hải', 'Liên Hòa'], ['Đường Liên Vị', 'Đường Tiền Phong'], QUANG_YEN),
  place('new-07135', 'Đông Mai', 3, true, 0.05, ['Sán Dìu'], ['Minh Thành', 'Đông Mai'], ['Đường 18A', 'Đường Minh Thành'], ['rau', 'nam', 'ruou-nep', 'gao-nep', 'lan']),
  place('new-07147', 'Hiệp Hòa', 4, true, 0.03, [], ['Sông Khoai', 'Hiệp Hòa', 'Cộng Hòa'], ['Đường Sông Khoai', 'Đường Hiệp Hòa'], ['rau', 'hau', 'ruou-nep', 'gao-nep', 'nam']),
];
