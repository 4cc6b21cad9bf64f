import { useRouteLoaderData } from "react-router";
import { pictureSrc } from "../lib/pictures";

interface ProductImageProps {
  src: string | null;
  title: string;
  /** Alt text; "" for a decorative image whose title is shown next to it. */
  alt: string;
  className?: string;
  /** Lazy-load images below the fold; the product page's main image is eager. */
  loading?: "lazy" | "eager";
  /** The picture a shopper sees first (the largest paint): loaded at once and before the others. */
  priority?: boolean;
  sizes?: string;
}

/**
 * The product's image, or a neutral placeholder with the product's initial
 * when the product has no image yet.
 */
export function ProductImage({ src, title, alt, className = "", loading = "lazy", priority = false, sizes }: ProductImageProps) {
  const backendOrigin = useRouteLoaderData<{ pictureOrigin?: string }>("root")?.pictureOrigin;
  if (src) {
    return (
      <img
        src={pictureSrc(src, backendOrigin)}
        alt={alt}
        loading={priority ? "eager" : loading}
        fetchPriority={priority ? "high" : undefined}
        // The first picture is painted with the page, not a frame later.
        decoding={priority ? "auto" : "async"}
        sizes={sizes}
        width={600}
        height={600}
        className={`aspect-square w-full bg-earth-100 object-cover ${className}`}
      />
    );
  }
  const initial = Array.from(title.trim())[0]?.toLocaleUpperCase("vi") ?? "?";
  return (
    <div
      role={alt ? "img" : undefined}
      aria-label={alt || undefined}
      aria-hidden={alt ? undefined : true}
      data-testid="product-image-placeholder"
      className={`flex aspect-square w-full items-center justify-center bg-linear-to-br from-leaf-100 to-earth-100 ${className}`}
    >
      <span aria-hidden="true" className="text-5xl font-semibold text-leaf-800 select-none sm:text-6xl">
        {initial}
      </span>
    </div>
  );
}
