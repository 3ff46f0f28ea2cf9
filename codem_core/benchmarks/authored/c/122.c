//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int add_elements(int arr[], int k) {
//@@ solution
    int sum = 0;
    for (int i = 0; i < k; i++)
        if (arr[i] >= -99 && arr[i] <= 99)
            sum += arr[i];
    return sum;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, -2, -3, 41, 57, 76, 87, 88, 99};
        assert(add_elements(a0, 3) == -4);
    }
    {
        int a0[] = {111, 121, 3, 4000, 5, 6};
        assert(add_elements(a0, 2) == 0);
    }
    {
        int a0[] = {11, 21, 3, 90, 5, 6, 7, 8, 9};
        assert(add_elements(a0, 4) == 125);
    }
    {
        int a0[] = {111, 21, 3, 4000, 5, 6, 7, 8, 9};
        assert(add_elements(a0, 4) == 24);
    }
    {
        int a0[] = {1};
        assert(add_elements(a0, 1) == 1);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {111, 21, 3, 4000, 5, 6, 7, 8, 9};
        assert(add_elements(a0, 4) == 24);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed add_elements.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
