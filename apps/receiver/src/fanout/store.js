export const deliveryStates = ["pending", "succeeded", "dead"];
//# sourceMappingURL=store.js.map