import { expect, test } from "@playwright/test"

// A shopper makes an account, logs out and in again, and saves a delivery address:
// first with a phone number the backend refuses (its Vietnamese message shows on the
// field), then a valid one, which is listed. Unique to this run, so it can run again.
const run = Date.now()
const shopper = { name: `Nguyễn Thị Thử ${run}`, email: `khach.thu.${run}@example.vn`, password: "mat-khau-khach-hang" }

test.describe("the shopper's account", () => {
  test.setTimeout(120_000)

  test("registers, logs out, logs in, and saves an address after fixing the phone number", async ({ page }) => {
    // The header offers to log in; the login page leads to registration.
    await page.goto("/")
    const accountLink = page.getByTestId("account-link")
    await expect(accountLink).toHaveText("Đăng nhập")
    await accountLink.click()
    await expect(page).toHaveURL(/\/tai-khoan\/dang-nhap/)
    await page.getByRole("link", { name: "Đăng ký" }).click()
    await expect(page).toHaveURL(/\/tai-khoan\/dang-ky/)

    // Registration: a too short password is refused before anything is sent.
    const register = page.getByTestId("account-register-form")
    await register.getByLabel("Họ và tên").fill(shopper.name)
    await register.getByLabel("Email").fill(shopper.email)
    await register.getByLabel("Mật khẩu").fill("ngan")
    await register.getByLabel("Mật khẩu").evaluate((input: HTMLInputElement) => input.removeAttribute("minlength"))
    await register.getByRole("button", { name: "Tạo tài khoản" }).click()
    await expect(register.getByTestId("field-error")).toHaveText("Mật khẩu cần ít nhất 8 ký tự")
    await register.getByLabel("Mật khẩu").fill(shopper.password)
    await register.getByLabel("Số điện thoại").fill("0912 345 678")
    await register.getByRole("button", { name: "Tạo tài khoản" }).click()

    // Logged in straight away, on the account page.
    await expect(page).toHaveURL(/\/tai-khoan$/)
    await expect(page.getByTestId("notice-success")).toContainText(`Chào mừng ${shopper.name}`)
    await expect(page.getByTestId("account-email")).toHaveText(shopper.email)
    await expect(page.getByTestId("account-phone")).toHaveText("0912 345 678")
    await expect(accountLink).toHaveText("Tài khoản")

    // Log out: the account pages now ask to log in first.
    await page.getByRole("button", { name: "Đăng xuất" }).click()
    await expect(page).toHaveURL(/\/tai-khoan\/dang-nhap/)
    await expect(page.getByTestId("notice-success")).toHaveText("Bạn đã đăng xuất.")
    await expect(accountLink).toHaveText("Đăng nhập")
    await page.goto("/tai-khoan/dia-chi")
    await expect(page).toHaveURL(/\/tai-khoan\/dang-nhap\?next=%2Ftai-khoan%2Fdia-chi/)

    // A wrong password, then the right one, which comes back to the addresses.
    const login = page.getByTestId("account-login-form")
    await login.getByLabel("Email").fill(shopper.email)
    await login.getByLabel("Mật khẩu").fill("khong-phai-mat-khau")
    await login.getByRole("button", { name: "Đăng nhập" }).click()
    await expect(page.getByTestId("form-errors")).toContainText("Email hoặc mật khẩu không đúng.")
    await login.getByLabel("Mật khẩu").fill(shopper.password)
    await login.getByRole("button", { name: "Đăng nhập" }).click()
    await expect(page).toHaveURL(/\/tai-khoan\/dia-chi$/)
    await expect(page.getByRole("heading", { name: "Địa chỉ giao hàng" })).toBeVisible()
    await expect(page.getByTestId("no-addresses")).toBeVisible()

    // A new address: the province first, then its communes arrive.
    const form = page.getByTestId("address-form")
    await form.getByLabel("Họ tên người nhận").fill(shopper.name)
    await form.getByLabel("Số điện thoại").fill("12345")
    await form.getByLabel("Tỉnh/thành").selectOption("01")
    const commune = form.getByLabel("Xã/phường")
    await expect(commune).toBeEnabled()
    const communeCode = await commune.locator("option:not([value=''])").first().getAttribute("value")
    await commune.selectOption(communeCode!)
    await form.getByLabel("Số nhà, tên đường, thôn/ấp").fill("12 Hàng Bạc")
    await form.getByRole("button", { name: "Lưu địa chỉ" }).click()

    // The backend refuses the phone number, in Vietnamese, on the phone field; the rest is kept.
    const phone = page.getByTestId("address-form").getByLabel("Số điện thoại")
    await expect(phone).toHaveAttribute("aria-invalid", "true")
    await expect(page.getByTestId("address-form").getByTestId("field-error")).toContainText("Số điện thoại không hợp lệ")
    await expect(page.getByTestId("address-form").getByLabel("Họ tên người nhận")).toHaveValue(shopper.name)
    await expect(page.getByTestId("address-form").getByLabel("Xã/phường")).toHaveValue(communeCode!)

    await phone.fill("0987 654 321")
    await page.getByTestId("address-form").getByRole("button", { name: "Lưu địa chỉ" }).click()
    await expect(page.getByTestId("notice-success")).toHaveText("Đã lưu địa chỉ.")
    const saved = page.getByRole("list", { name: "Địa chỉ đã lưu" }).getByTestId("saved-address")
    await expect(saved).toHaveCount(1)
    await expect(saved).toContainText(shopper.name)
    await expect(saved).toContainText("12 Hàng Bạc")
    await expect(saved).toContainText("Hà Nội")
    await expect(saved).toContainText(/0987\s?654\s?321/)
  })
})
