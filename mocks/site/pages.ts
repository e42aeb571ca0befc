/** The answer the data page holds, in the shape of the default task's answer schema. */
export const DATA_PAGE_ANSWER = { product: 'Framework 13', price: 1049 } as const;

/**
 * The fixture site's data page: a product page an agent extracts an answer from.
 *
 * @example
 * dataPage(); // '<!doctype html>…<span id="price">1049</span>…'
 */
export function dataPage(): string {
  return `<!doctype html><html><head><title>${DATA_PAGE_ANSWER.product}</title></head><body>
<h1 id="product">${DATA_PAGE_ANSWER.product}</h1>
<p>Price: <span id="price">${DATA_PAGE_ANSWER.price}</span> EUR</p>
</body></html>`;
}
