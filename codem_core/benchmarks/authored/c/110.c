//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
The result is a string constant; the caller does not free it.
//@@ signature
const char* exchange(int *lst1, int size1, int *lst2, int size2) {
//@@ solution
    int num = 0;
    for (int i = 0; i < size1; i++)
        if (lst1[i] % 2 == 0) num += 1;
    for (int i = 0; i < size2; i++)
        if (lst2[i] % 2 == 0) num += 1;
    if (num >= size1) return "YES";
    return "NO";
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 2, 3, 4};
        int a1[] = {1, 2, 3, 4};
        assert(strcmp(exchange(a0, 4, a1, 4), "YES") == 0);
    }
    {
        int a0[] = {1, 2, 3, 4};
        int a1[] = {1, 5, 3, 4};
        assert(strcmp(exchange(a0, 4, a1, 4), "NO") == 0);
    }
    {
        int a0[] = {1, 2, 3, 4};
        int a1[] = {2, 1, 4, 3};
        assert(strcmp(exchange(a0, 4, a1, 4), "YES") == 0);
    }
    {
        int a0[] = {5, 7, 3};
        int a1[] = {2, 6, 4};
        assert(strcmp(exchange(a0, 3, a1, 3), "YES") == 0);
    }
    {
        int a0[] = {5, 7, 3};
        int a1[] = {2, 6, 3};
        assert(strcmp(exchange(a0, 3, a1, 3), "NO") == 0);
    }
    {
        int a0[] = {3, 2, 6, 1, 8, 9};
        int a1[] = {3, 5, 5, 1, 1, 1};
        assert(strcmp(exchange(a0, 6, a1, 6), "NO") == 0);
    }
    {
        int a0[] = {100, 200};
        int a1[] = {200, 200};
        assert(strcmp(exchange(a0, 2, a1, 2), "YES") == 0);
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
        int a0[] = {1, 2, 3, 4};
        int a1[] = {1, 2, 3, 4};
        assert(strcmp(exchange(a0, 4, a1, 4), "YES") == 0);
    }
    {
        int a0[] = {1, 2, 3, 4};
        int a1[] = {1, 5, 3, 4};
        assert(strcmp(exchange(a0, 4, a1, 4), "NO") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed exchange.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
