/* LLM4Decompile's signature for task 145 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
int *func0(int nums[], int size) {
    int n;
    return order_by_points(nums, size, &n);
}
