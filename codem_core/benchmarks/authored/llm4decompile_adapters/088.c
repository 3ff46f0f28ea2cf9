/* LLM4Decompile's signature for task 88 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int *array, int size, int **out_array, int *out_size) {
    *out_array = sort_array(array, size, out_size);
}
