// Broken on purpose: never finishes loading (an interval keeps the process alive).
setInterval(() => {}, 1000);
await new Promise(() => {});
export default {};
