import { type RouteConfig, index, layout, route } from "@react-router/dev/routes";

/** Explicit route table; paths are Vietnamese. */
export default [
  index("routes/shop/home.tsx"),
  // All products, filtered by URL: ?stars=5&province=ca-mau&group=tra-che&type=household&trang=2
  route("san-pham", "routes/shop/products.tsx"),
  route("san-pham/:handle", "routes/shop/product.tsx"),
  // Producers (chủ thể OCOP): list with ?province=&type=, and one producer's page.
  route("chu-the", "routes/shop/producers.tsx"),
  route("chu-the/:slug", "routes/shop/producer.tsx"),
  // The 34 provinces; a province's products (an old province slug such as bac-lieu works too).
  route("tinh-thanh", "routes/shop/provinces.tsx"),
  route("tinh-thanh/:slug", "routes/shop/province.tsx"),
  // A product group or sub-group (category handle).
  route("nhom/:handle", "routes/shop/group.tsx"),
  // Product search; the whole state is in the URL: ?q=trà&stars=5&province=ca-mau&group=tra-che&type=household&price=100000-300000&sort=price_asc&trang=2
  route("tim-kiem", "routes/shop/search.tsx"),
  // Online trade fairs (hội chợ): live, upcoming and past; a fair (?group=&stars=); one of its booths.
  route("hoi-cho", "routes/shop/fairs.tsx"),
  route("hoi-cho/:slug", "routes/shop/fair.tsx"),
  route("hoi-cho/:slug/gian-hang/:number", "routes/shop/fair-booth.tsx"),
  // Resource route: the header search box's instant suggestions as JSON (?q=).
  route("goi-y", "routes/api/suggest.ts"),
  // Resource route: a product picture from the backend, served on this origin (lib/pictures.ts).
  route("static/:file", "routes/api/picture.ts"),
  // What a QR stamp opens: the stamp's verdict and the product's traceability.
  route("trace/:code", "routes/shop/trace.tsx"),
  // Resource route: POST (or GET ?lng=) sets the `lng` cookie and redirects back.
  route("doi-ngon-ngu", "routes/language.ts"),
  // Shopper's account (tài khoản): register, login, logout, password reset; then the pages of a logged-in customer.
  route("tai-khoan/dang-ky", "routes/account/register.tsx"),
  route("tai-khoan/dang-nhap", "routes/account/login.tsx"),
  route("tai-khoan/dang-xuat", "routes/account/logout.ts"),
  route("tai-khoan/quen-mat-khau", "routes/account/forgot-password.tsx"),
  route("tai-khoan/dat-lai-mat-khau", "routes/account/reset-password.tsx"),
  // Resource route: a province's communes as JSON (?province_code=), for the address form.
  route("tai-khoan/xa-phuong", "routes/account/communes.ts"),
  layout("routes/account/layout.tsx", [
    route("tai-khoan", "routes/account/overview.tsx"),
    route("tai-khoan/dia-chi", "routes/account/addresses.tsx"),
    route("tai-khoan/don-hang", "routes/account/orders.tsx"),
    route("tai-khoan/don-hang/:id", "routes/account/order.tsx"),
  ]),
  // Producer portal (nhà sản xuất): sign-up and login, then the pages of a signed-in member.
  route("nha-san-xuat/dang-ky", "routes/producer-portal/signup.tsx"),
  route("nha-san-xuat/dang-nhap", "routes/producer-portal/login.tsx"),
  route("nha-san-xuat/dang-xuat", "routes/producer-portal/logout.ts"),
  layout("routes/producer-portal/layout.tsx", [
    route("nha-san-xuat", "routes/producer-portal/home.tsx"),
    route("nha-san-xuat/san-pham", "routes/producer-portal/products.tsx"),
    route("nha-san-xuat/san-pham/moi", "routes/producer-portal/product-new.tsx"),
    route("nha-san-xuat/san-pham/:id", "routes/producer-portal/product-edit.tsx"),
    route("nha-san-xuat/don-hang", "routes/producer-portal/orders.tsx"),
    route("nha-san-xuat/don-hang/:id", "routes/producer-portal/order.tsx"),
    route("nha-san-xuat/thanh-vien", "routes/producer-portal/members.tsx"),
    // Online trade fairs (issue #7): open fairs with my booth and its application form; my booth's results.
    route("nha-san-xuat/hoi-cho", "routes/producer-portal/fairs.tsx"),
    route("nha-san-xuat/hoi-cho/:id/ket-qua", "routes/producer-portal/fair-results.tsx"),
  ]),
  // Province portal (/tinh): a province officer reviews its producers, products and certificates.
  route("tinh/dang-nhap", "routes/province-portal/login.tsx"),
  route("tinh/dang-xuat", "routes/province-portal/logout.ts"),
  // Resource route: a fair's results as a CSV download (the backend's, with the officer's token).
  route("tinh/hoi-cho/:id/ket-qua.csv", "routes/province-portal/fair-results-csv.ts"),
  layout("routes/province-portal/layout.tsx", [
    route("tinh", "routes/province-portal/home.tsx"),
    route("tinh/chu-the", "routes/province-portal/producers.tsx"),
    route("tinh/chu-the/:id", "routes/province-portal/producer.tsx"),
    route("tinh/san-pham", "routes/province-portal/products.tsx"),
    route("tinh/chung-nhan", "routes/province-portal/certificates.tsx"),
    // Online trade fairs (issue #7): the province's fairs and the create form; one fair (fields, status, schedule, booths); its results.
    route("tinh/hoi-cho", "routes/province-portal/fairs.tsx"),
    route("tinh/hoi-cho/:id", "routes/province-portal/fair.tsx"),
    route("tinh/hoi-cho/:id/ket-qua", "routes/province-portal/fair-results.tsx"),
  ]),
  // The shopper's cart (grouped by producer), checkout in steps (?buoc=), and an order's page (?token= for a guest).
  route("gio-hang", "routes/cart/cart.tsx"),
  route("thanh-toan", "routes/checkout/checkout.tsx"),
  route("don-hang/:id", "routes/orders/order.tsx"),
  // Everything else: a friendly 404 page.
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
